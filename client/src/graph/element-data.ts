// Turns the timeline's nodes and edges into Cytoscape element definitions (with the colour, shape and line style the
// style sheet reads from data) and into the ElementIndex the class rules work on.
import type { ElementDefinition } from 'cytoscape';
import { labelIn } from '../lib/labels';
import type { Lang } from '../lib/view-state';
import type { Edge, GraphNode } from '../types';
import { OWNERSHIP, type ElementIndex } from './classes';
import { FALLBACK_SHAPE, KIND_SHAPES, NEUTRAL, type LineStyle } from './palette';

/** The Cytoscape element id of an API edge (prefixed so it can never collide with a node id). */
export const edgeElementId = (edgeId: string) => `e:${edgeId}`;

/** How elements look, decided from the data by the caller (palette.ts). */
export interface ElementLook {
  groupColors: ReadonlyMap<string, string>;
  typeColors: ReadonlyMap<string, string>;
  lineStyle: (type: string) => LineStyle;
}

/** The definitions of every node, dated relationship and ownership link, and their index. The definitions come in the
 * index's order: its nodes, then its (dated) edges, then the ownership links. */
export function buildElements(
  nodes: readonly GraphNode[],
  edges: readonly Edge[],
  lang: Lang,
  positions: Record<string, [number, number]> | null,
  look: ElementLook,
): { index: ElementIndex; definitions: ElementDefinition[] } {
  const known = new Set(nodes.map((n) => n.id));
  const dated = edges.filter((e) => known.has(e.source) && known.has(e.target));
  const owned = nodes.filter((n) => n.owner && known.has(n.owner));
  const index: ElementIndex = {
    nodes: nodes.map((n) => ({ id: n.id, kind: n.kind, group: n.group })),
    edges: dated.map((e) => ({ elementId: edgeElementId(e.id), apiId: e.id, type: e.type, source: e.source, target: e.target })),
    ownership: owned.map((n) => ({ elementId: `owns:${n.id}`, source: n.owner!, target: n.id })),
  };
  const at = (id: string) => (positions?.[id] ? { position: { x: positions[id]![0], y: positions[id]![1] } } : {});
  const definitions: ElementDefinition[] = [
    ...nodes.map((node) => ({
      group: 'nodes' as const,
      ...at(node.id),
      data: {
        ...node,
        label: labelIn(node.name, node.nameZh, lang),
        color: look.groupColors.get(node.group) ?? NEUTRAL,
        shape: KIND_SHAPES[node.kind] ?? FALLBACK_SHAPE,
      },
    })),
    ...dated.map((edge) => {
      const typeColor = look.typeColors.get(edge.type) ?? NEUTRAL;
      return {
        group: 'edges' as const,
        // What the style sheet, the hover and a recolouring read; the rest of a relationship is looked up by apiId.
        data: {
          id: edgeElementId(edge.id),
          apiId: edge.id,
          source: edge.source,
          target: edge.target,
          type: edge.type,
          props: edge.props,
          typeColor,
          color: typeColor,
          line: look.lineStyle(edge.type),
        },
      };
    }),
    ...owned.map((node) => ({
      group: 'edges' as const,
      classes: 'ownership',
      data: { id: `owns:${node.id}`, source: node.owner!, target: node.id, type: OWNERSHIP, color: NEUTRAL, line: 'dotted' },
    })),
  ];
  return { index, definitions };
}
