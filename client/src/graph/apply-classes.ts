// Applies one view's classes to Cytoscape in one batch: adds the elements a view draws for the first time (with server
// positions, relationships wait until a view first draws them) and changes only the classes that differ, one class
// call per distinct change rather than per element (a comparison changes thousands of elements the same way).
import type { Core, ElementDefinition, SingularElementArgument, CollectionArgument } from 'cytoscape';
import { classChanges, hasClass } from './classes';

/** True when a class list leaves the element out of the drawing (filtered, or culled by the level of detail). */
export const undrawn = (list: string) => hasClass(list, 'hidden') || hasClass(list, 'culled');

/** What the view keeps between renders about the elements. */
export interface ElementState {
  /** Elements loaded but not yet added (element id → definition). */
  pending: Map<string, ElementDefinition>;
  /** The view classes each element carries (an element that stays undrawn keeps its old classes until drawn again). */
  applied: Map<string, string>;
  /** The Cytoscape elements added so far, by element id. */
  elementById: Map<string, SingularElementArgument>;
}

/** Brings every element to its `wanted` classes (element id → space-separated classes); `lazyEdges` keeps undrawn
 * relationships out of Cytoscape until a view draws them. */
export function applyViewClasses(cy: Core, wanted: Map<string, string>, state: ElementState, lazyEdges: boolean): void {
  const { pending, applied, elementById } = state;
  const adding: ElementDefinition[] = [];
  const changing = new Map<string, { add: string[]; remove: string[]; elements: SingularElementArgument[] }>();
  cy.batch(() => {
    for (const [id, classes] of wanted) {
      const waiting = pending.get(id);
      if (waiting) {
        applied.set(id, classes);
        if (lazyEdges && waiting.group === 'edges' && undrawn(classes)) continue;
        adding.push({ ...waiting, classes: [waiting.classes, classes].filter(Boolean).join(' ') });
        pending.delete(id);
        continue;
      }
      const before = applied.get(id);
      if (before === undefined || before === classes || (undrawn(before) && undrawn(classes))) continue;
      applied.set(id, classes);
      const ele = elementById.get(id);
      if (!ele) continue;
      const key = `${before}\u0000${classes}`;
      const group = changing.get(key) ?? changing.set(key, { ...classChanges(before, classes), elements: [] }).get(key)!;
      group.elements.push(ele);
    }
    // One class call per distinct change, not per element: a comparison changes thousands the same way.
    for (const { add, remove, elements } of changing.values()) {
      const eles = cy.collection(elements as unknown as CollectionArgument);
      if (remove.length) eles.removeClass(remove.join(' '));
      if (add.length) eles.addClass(add.join(' '));
    }
    if (adding.length) {
      const added = cy.add([...adding.filter((d) => d.group === 'nodes'), ...adding.filter((d) => d.group !== 'nodes')]);
      for (let i = 0; i < added.length; i++) elementById.set(added[i]!.id(), added[i]!);
    }
  });
}
