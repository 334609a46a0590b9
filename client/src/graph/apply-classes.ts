// Applies one view to Cytoscape in one batch, holding only what is drawn: elements that leave the drawing are removed
// (kept aside, restored when they return), elements drawn for the first time are added, and only the classes that
// differ change, one class call per distinct change. No `display` toggle: a removed element costs Cytoscape nothing.
import type { Core, ElementDefinition, SingularElementArgument, CollectionArgument } from 'cytoscape';
import { classChanges, hasClass, type ElementIndex } from './classes';
import type { PendingDefinitions } from './element-data';

/** True when a class list leaves the element out of the drawing (filtered, or culled by the level of detail). */
export const undrawn = (list: string) => hasClass(list, 'hidden') || hasClass(list, 'culled');

/** What the view keeps between renders about the elements. */
export interface ElementState {
  /** Elements loaded but never added (element id → definition). */
  pending: PendingDefinitions;
  /** The view classes each created element carries (a removed one keeps its old classes until it returns). */
  applied: Map<string, string>;
  /** Every element created so far, in Cytoscape or removed from it, by element id. */
  elementById: Map<string, SingularElementArgument>;
}

/** Which elements Cytoscape holds besides the drawn ones, and which drawn ones it leaves to the paint layer. */
export interface HoldPolicy {
  /** Hold everything, hiding by class (no server positions: the force layout needs the whole network). */
  all: boolean;
  /** Hold every node, hiding by class (small networks: a node keeps its place in Cytoscape's order). */
  nodes: boolean;
  /** The only dated relationships that can be held, with every one Cytoscape holds now (when the rest are painted or
   * not drawn, so a step need not look at thousands); all of index.edges when absent. */
  edges?: Iterable<ElementIndex['edges'][number]>;
  /** Drawn relationships and nodes (element ids) painted by the paint layer instead, or null. */
  painted: { edges: ReadonlySet<string>; nodes: ReadonlySet<string> } | null;
}

interface Batch {
  remove: SingularElementArgument[];
  restore: SingularElementArgument[];
  add: ElementDefinition[];
  changes: Map<string, { add: string[]; remove: string[]; elements: SingularElementArgument[] }>;
}

/** Brings Cytoscape to the view `wanted` (element id → space-separated classes) under `policy`. */
export function applyView(cy: Core, index: ElementIndex, wanted: Map<string, string>, state: ElementState, policy: HoldPolicy): void {
  const batch: Batch = { remove: [], restore: [], add: [], changes: new Map() };
  const nodeHeld = (id: string) => policy.all || policy.nodes || (!undrawn(wanted.get(id) ?? 'hidden') && !policy.painted?.nodes.has(id));
  for (const node of index.nodes) place(node.id, nodeHeld(node.id), wanted, state, batch);
  const edgeHeld = (id: string, source: string, target: string) =>
    policy.all || (!undrawn(wanted.get(id) ?? 'hidden') && nodeHeld(source) && nodeHeld(target) && !policy.painted?.edges.has(id));
  const edgeBatch: Batch = { ...batch, restore: [], add: [] };
  for (const e of policy.edges ?? index.edges) place(e.elementId, edgeHeld(e.elementId, e.source, e.target), wanted, state, edgeBatch);
  for (const e of index.ownership) place(e.elementId, edgeHeld(e.elementId, e.source, e.target), wanted, state, edgeBatch);
  cy.batch(() => {
    if (batch.remove.length) cy.collection(batch.remove as unknown as CollectionArgument).remove();
    // Nodes before the relationships between them.
    for (const step of [batch, edgeBatch]) {
      if (step.restore.length) cy.collection(step.restore as unknown as CollectionArgument).restore();
      if (step.add.length) {
        const added = cy.add(step.add);
        for (let i = 0; i < added.length; i++) state.elementById.set(added[i]!.id(), added[i]!);
      }
    }
    // One class call per distinct change, not per element: a comparison changes thousands the same way.
    for (const { add, remove, elements } of batch.changes.values()) {
      const eles = cy.collection(elements as unknown as CollectionArgument);
      if (remove.length) eles.removeClass(remove.join(' '));
      if (add.length) eles.addClass(add.join(' '));
    }
  });
}

/** Decides one element's part of the batch: add, restore, remove, or change its classes. */
function place(id: string, held: boolean, wanted: Map<string, string>, state: ElementState, batch: Batch): void {
  const classes = wanted.get(id) ?? 'hidden';
  const ele = state.elementById.get(id);
  if (!ele) {
    const waiting = held ? state.pending.get(id) : undefined;
    if (!waiting) return;
    state.pending.delete(id);
    state.applied.set(id, classes);
    batch.add.push({ ...waiting, classes: [waiting.classes, classes].filter(Boolean).join(' ') });
    return;
  }
  if (!held) {
    if (!ele.removed()) batch.remove.push(ele);
    return;
  }
  if (ele.removed()) batch.restore.push(ele);
  const before = state.applied.get(id) ?? '';
  if (before === classes) return;
  state.applied.set(id, classes);
  const key = `${before}\u0000${classes}`;
  const group = batch.changes.get(key) ?? batch.changes.set(key, { ...classChanges(before, classes), elements: [] }).get(key)!;
  group.elements.push(ele);
}
