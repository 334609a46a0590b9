// Turns the timeline's nodes and edges into Cytoscape element definitions (with the colour, shape and line style the
// style sheet reads from data), a relationship's made when first needed, and into the ElementIndex the class rules use.
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

/** Definitions by element id that Cytoscape has not been given yet; `delete` marks one given. */
export type PendingDefinitions = Pick<Map<string, ElementDefinition>, 'get' | 'delete'>;

/** Every element's Cytoscape definition: the nodes' and ownership links' made at once, a relationship's when first asked
 * for (a painted network hands Cytoscape only a few of its relationships, so most are never made). Colours and labels
 * live here, so those not yet made follow a recolouring or a language switch too. */
export class ElementDefinitions {
  /** Each relationship's colour in index.edges order: its type's, or a property scale's after `recolour`. */
  readonly edgeColours: string[];
  private readonly made: (ElementDefinition | undefined)[];
  private readonly nodeOrLink: Map<string, ElementDefinition>;
  private edgeAt: Map<string, number> | null = null;

  constructor(
    /** The nodes' definitions in index.nodes order, then the ownership links' in index.ownership order. */
    readonly nodes: readonly ElementDefinition[],
    readonly ownership: readonly ElementDefinition[],
    /** The dated relationships in index.edges order. */
    private readonly dated: readonly Edge[],
    private readonly look: ElementLook,
  ) {
    this.edgeColours = dated.map((edge) => look.typeColors.get(edge.type) ?? NEUTRAL);
    this.made = new Array<ElementDefinition | undefined>(dated.length);
    this.nodeOrLink = new Map([...nodes, ...ownership].map((def) => [def.data.id!, def]));
  }

  /** No elements (a view before its first load). */
  static none(): ElementDefinitions {
    return new ElementDefinitions([], [], [], { groupColors: new Map(), typeColors: new Map(), lineStyle: () => 'solid' });
  }

  /** The definition of the element with this id, or undefined. */
  get(id: string): ElementDefinition | undefined {
    const found = this.nodeOrLink.get(id);
    if (found) return found;
    this.edgeAt ??= new Map(this.dated.map((edge, i) => [edgeElementId(edge.id), i]));
    const i = this.edgeAt.get(id);
    return i === undefined ? undefined : this.edge(i);
  }

  /** Gives every relationship the colour `colourOf` picks from it and its type's colour; returns the colours. */
  recolour(colourOf: (edge: Edge, typeColour: string) => string): readonly string[] {
    this.dated.forEach((edge, i) => {
      const colour = colourOf(edge, this.look.typeColors.get(edge.type) ?? NEUTRAL);
      this.edgeColours[i] = colour;
      if (this.made[i]) this.made[i]!.data.color = colour;
    });
    return this.edgeColours;
  }

  /** The definitions not yet handed to Cytoscape (ElementState.pending): all of them, until `delete` takes one. */
  pending(): PendingDefinitions {
    const taken = new Set<string>();
    return {
      get: (id) => (taken.has(id) ? undefined : this.get(id)),
      delete: (id) => {
        const waiting = !taken.has(id);
        taken.add(id);
        return waiting;
      },
    };
  }

  private edge(i: number): ElementDefinition {
    const edge = this.dated[i]!;
    // What the style sheet, the hover and a recolouring read; the rest of a relationship is looked up by apiId.
    const data = {
      id: edgeElementId(edge.id),
      apiId: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      props: edge.props,
      typeColor: this.look.typeColors.get(edge.type) ?? NEUTRAL,
      color: this.edgeColours[i]!,
      line: this.look.lineStyle(edge.type),
    };
    return (this.made[i] ??= { group: 'edges', data });
  }
}

/** The definitions of every node, dated relationship and ownership link, and their index. */
export function buildElements(
  nodes: readonly GraphNode[],
  edges: readonly Edge[],
  lang: Lang,
  positions: Record<string, [number, number]> | null,
  look: ElementLook,
): { index: ElementIndex; definitions: ElementDefinitions } {
  const known = new Set(nodes.map((n) => n.id));
  const dated = edges.filter((e) => known.has(e.source) && known.has(e.target));
  const owned = nodes.filter((n) => n.owner && known.has(n.owner));
  const index: ElementIndex = {
    nodes: nodes.map((n) => ({ id: n.id, kind: n.kind, group: n.group })),
    edges: dated.map((e) => ({ elementId: edgeElementId(e.id), apiId: e.id, type: e.type, source: e.source, target: e.target })),
    ownership: owned.map((n) => ({ elementId: `owns:${n.id}`, source: n.owner!, target: n.id })),
  };
  const at = (id: string) => (positions?.[id] ? { position: { x: positions[id]![0], y: positions[id]![1] } } : {});
  const nodeDefinitions = nodes.map((node) => ({
    group: 'nodes' as const,
    ...at(node.id),
    data: {
      ...node,
      label: labelIn(node.name, node.nameZh, lang),
      color: look.groupColors.get(node.group) ?? NEUTRAL,
      shape: KIND_SHAPES[node.kind] ?? FALLBACK_SHAPE,
    },
  }));
  const ownership = owned.map((node) => ({
    group: 'edges' as const,
    classes: 'ownership',
    data: { id: `owns:${node.id}`, source: node.owner!, target: node.id, type: OWNERSHIP, color: NEUTRAL, line: 'dotted' },
  }));
  return { index, definitions: new ElementDefinitions(nodeDefinitions, ownership, dated, look) };
}
