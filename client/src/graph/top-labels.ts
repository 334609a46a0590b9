// Keeps the labels of the best-connected nodes (class `top`) readable at any zoom: their font size is set per element
// to a fixed on-screen size (within a model-size cap), and where two would overlap the smaller node's label is hidden,
// so Fit shows the hubs' names, never on top of each other, while other labels wait for zooming in. Nothing is
// measured again while the top nodes and the zoom stay as they were.
import type { BoundingBox12, Core, NodeCollection } from 'cytoscape';
import { hasClass, type ElementIndex } from './classes';

/** On-screen font size (px) of a top node's label. */
const TOP_LABEL_PX = 12;
/** Model font size floor: never smaller than the label the server's layout made room for. */
const MIN_MODEL_PX = 12;

const overlap = (a: BoundingBox12, b: BoundingBox12) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Starts the zoom tracking, with labels never above `maxModelPx` in model units (where the layout's room for labels
 * matters more than their size on screen); returns `refresh`, to call with the `top` nodes' ids after each view: it
 * does nothing when they and the zoom are as last time. */
export function keepTopLabelsReadable(cy: Core, maxModelPx: number): (topIds?: readonly string[]) => void {
  let sized: NodeCollection = cy.collection().nodes();
  /** The font size `sized` carries, and the labels hidden where they overlapped. */
  let sizedAt = NaN;
  let hidden: NodeCollection = cy.collection().nodes();
  let ids: readonly string[] = [];
  let done = { ids: '', zoom: NaN, held: -1 };
  let queued = false;
  const refresh = (topIds: readonly string[] = ids) => {
    queued = false;
    ids = topIds;
    const top = cy.collection();
    for (const id of ids) top.merge(cy.getElementById(id));
    const now = { ids: ids.join(' '), zoom: cy.zoom(), held: top.length };
    if (now.ids === done.ids && now.zoom === done.zoom && now.held === done.held) return;
    done = now;
    const size = Math.min(maxModelPx, Math.max(MIN_MODEL_PX, TOP_LABEL_PX / cy.zoom()));
    // Only what differs is restyled (Cytoscape rehashes each restyled element's style).
    cy.batch(() => {
      sized.difference(top).removeStyle('font-size');
      if (hidden.nonempty()) hidden.removeStyle('text-opacity');
      (size === sizedAt ? top.difference(sized) : top).style('font-size', size);
    });
    sized = top.nodes();
    sizedAt = size;
    // Bigger nodes (higher degree) keep their labels first.
    const placed: BoundingBox12[] = [];
    const order = top.filter(':visible').sort((a, b) => b.width() - a.width() || (a.id() < b.id() ? -1 : 1));
    const covered = order.filter((node) => {
      const box = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      if (placed.some((other) => overlap(box, other))) return true;
      placed.push(box);
      return false;
    });
    hidden = covered.nodes();
    if (hidden.nonempty()) hidden.style('text-opacity', 0);
  };
  cy.on('zoom', () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => refresh());
  });
  return refresh;
}

/** The ids of the drawn nodes carrying `top` in a view (element id → classes). */
export function topIds(wanted: ReadonlyMap<string, string>, index: ElementIndex): string[] {
  const ids: string[] = [];
  for (const { id } of index.nodes) {
    const list = wanted.get(id);
    if (hasClass(list, 'top') && !hasClass(list, 'culled') && !hasClass(list, 'hidden')) ids.push(id);
  }
  return ids;
}
