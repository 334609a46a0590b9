// Keeps the labels of the best-connected nodes (class `top`) readable at any zoom: their font size is set per element
// to a fixed on-screen size (within a model-size cap), and where two would overlap the smaller node's label is hidden,
// so Fit shows the hubs' names, never on top of each other, while other labels wait for zooming in.
import type { BoundingBox12, Core, NodeCollection } from 'cytoscape';

/** On-screen font size (px) of a top node's label. */
const TOP_LABEL_PX = 12;
/** Model font size floor: never smaller than the label the server's layout made room for. */
const MIN_MODEL_PX = 12;

const overlap = (a: BoundingBox12, b: BoundingBox12) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Starts the zoom tracking, with labels never above `maxModelPx` in model units (where the layout's room for labels
 * matters more than their size on screen); returns `refresh`, to call after the set of `top` nodes may have changed. */
export function keepTopLabelsReadable(cy: Core, maxModelPx: number): () => void {
  let sized: NodeCollection = cy.collection().nodes();
  let queued = false;
  const refresh = () => {
    queued = false;
    const size = Math.min(maxModelPx, Math.max(MIN_MODEL_PX, TOP_LABEL_PX / cy.zoom()));
    const top = cy.nodes('.top');
    cy.batch(() => {
      sized.difference(top).removeStyle('font-size text-opacity');
      top.style('font-size', size).removeStyle('text-opacity');
    });
    sized = top;
    // Bigger nodes (higher degree) keep their labels first.
    const placed: BoundingBox12[] = [];
    const order = top.filter(':visible').sort((a, b) => b.width() - a.width() || (a.id() < b.id() ? -1 : 1));
    const covered = order.filter((node) => {
      const box = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      if (placed.some((other) => overlap(box, other))) return true;
      placed.push(box);
      return false;
    });
    if (covered.nonempty()) covered.style('text-opacity', 0);
  };
  cy.on('zoom', () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(refresh);
  });
  return refresh;
}
