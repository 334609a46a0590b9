// The Cytoscape elements a graph view has made, kept across loads: a new network or a new server view keeps every
// element it shares with the last one (updating its data and place) instead of removing and adding it again.
import type { Collection, CollectionArgument, Core, ElementDefinition, SingularElementArgument } from 'cytoscape';
import type { ElementState } from './apply-classes';
import type { ElementIndex } from './classes';
import { edgeElementId, type ElementDefinitions } from './element-data';

/** Takes the definitions of a newly loaded network: elements Cytoscape holds that the new one also has stay (their
 * data and position brought up to date, their view classes kept so the next render changes only what differs); the
 * others are removed; the rest wait in `state.pending` for a render that draws them. */
export function reloadElements(cy: Core, definitions: ElementDefinitions, state: ElementState): void {
  const gone: SingularElementArgument[] = [];
  const kept: [SingularElementArgument, ElementDefinition][] = [];
  for (const [id, ele] of state.elementById) {
    const def = definitions.get(id);
    // A removed element, or one whose ends changed, is made again from its new definition when drawn.
    const sameEnds = !def || def.group !== 'edges' || (ele.data('source') === def.data.source && ele.data('target') === def.data.target);
    if (def && !ele.removed() && sameEnds) kept.push([ele, def]);
    else {
      if (!ele.removed()) gone.push(ele);
      state.elementById.delete(id);
      state.applied.delete(id);
    }
  }
  state.pending = definitions.pending();
  cy.batch(() => {
    if (gone.length) cy.collection(gone as unknown as CollectionArgument).remove();
    for (const [ele, def] of kept) {
      state.pending.delete(ele.id());
      updateData(ele, def);
    }
  });
}

/** Brings one kept element's data (and a node's position) to its new definition, touching only what changed. */
function updateData(ele: SingularElementArgument, def: ElementDefinition): void {
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(def.data)) {
    if (key === 'id' || key === 'source' || key === 'target' || key === 'parent') continue;
    const now: unknown = ele.data(key);
    if (now !== value && (typeof value !== 'object' || JSON.stringify(now) !== JSON.stringify(value))) changed[key] = value;
  }
  if (Object.keys(changed).length) ele.data(changed);
  const at = def.position;
  if (at && ele.isNode()) {
    const { x, y } = ele.position();
    if (x !== at.x || y !== at.y) ele.position(at);
  }
}

/** The relationships Cytoscape holds now (or has kept aside) and those with these API ids: every relationship it can
 * hold when the rest are painted, so a step looks at a few rather than at all. */
export function heldEdgesAnd(
  state: ElementState,
  edgeById: ReadonlyMap<string, ElementIndex['edges'][number]>,
  apiIds: readonly string[],
): Iterable<ElementIndex['edges'][number]> {
  const edges = new Map<string, ElementIndex['edges'][number]>();
  const held = [...state.elementById.keys()].filter((key) => key.startsWith('e:')).map((key) => key.slice(2));
  for (const edge of [...apiIds, ...held].map((id) => edgeById.get(id))) if (edge) edges.set(edge.elementId, edge);
  return edges.values();
}

/** The elements Cytoscape holds of these node ids and API edge ids. */
export function elementsFor(cy: Core, nodeIds: readonly string[], edgeIds: readonly string[]): Collection {
  const found = cy.collection();
  for (const id of nodeIds) found.merge(cy.getElementById(id).filter('node'));
  for (const id of edgeIds) found.merge(cy.getElementById(edgeElementId(id)));
  return found;
}
