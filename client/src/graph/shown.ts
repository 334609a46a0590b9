// What a view shows, read from its classes rather than from Cytoscape (which holds only what is drawn, and on large
// networks paints the relationships): for exports, the change log and tests.
import { hasClass, STATUS_CLASSES, type ElementIndex } from './classes';

/** Node ids and API edge ids the view shows (drawn or left out by the level of detail), each edge with its status. */
export function shownElements(
  index: ElementIndex,
  logical: ReadonlyMap<string, string>,
): { nodes: string[]; edges: { id: string; shownAs: string }[] } {
  const shown = (id: string) => !hasClass(logical.get(id), 'hidden');
  return {
    nodes: index.nodes.filter((n) => shown(n.id)).map((n) => n.id),
    edges: index.edges
      .filter((e) => shown(e.elementId))
      .map((e) => ({ id: e.apiId, shownAs: STATUS_CLASSES.find((c) => hasClass(logical.get(e.elementId), c)) ?? 'in-force' })),
  };
}

/** API ids of the edges the view shows as in force, sorted. */
export function inForceEdgeIds(index: ElementIndex, logical: ReadonlyMap<string, string>): string[] {
  return shownElements(index, logical)
    .edges.filter((e) => e.shownAs !== 'ended' && e.shownAs !== 'cmp-ended')
    .map((e) => e.id)
    .sort();
}

/** What a view draws (not hidden, not culled), by Cytoscape or the paint layer: nodes at their positions, and the
 * relationships between them with their colours (the benchmark's reference draws the same). */
export function drawnElements(
  index: ElementIndex,
  logical: ReadonlyMap<string, string>,
  at: (id: string) => { x: number; y: number },
  colourOf: (edgeIndex: number) => string,
): { nodes: { id: string; x: number; y: number }[]; edges: { id: string; source: string; target: string; colour: string }[] } {
  const drawn = (id: string) => {
    const list = logical.get(id) ?? 'hidden';
    return !hasClass(list, 'hidden') && !hasClass(list, 'culled');
  };
  return {
    nodes: index.nodes.filter((n) => drawn(n.id)).map((n) => ({ id: n.id, ...at(n.id) })),
    edges: index.edges.flatMap((e, i) =>
      drawn(e.elementId) ? [{ id: e.elementId, source: e.source, target: e.target, colour: colourOf(i) }] : [],
    ),
  };
}
