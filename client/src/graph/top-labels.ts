// Keeps the labels of the best-connected nodes (class `top`) readable at any zoom on large networks: their font size
// is set per element to a fixed on-screen size, so Fit shows the hubs' names while other labels wait for zooming in.
import type { Core, NodeCollection } from 'cytoscape';

/** On-screen font size (px) of a top node's label. */
const TOP_LABEL_PX = 12;
/** Model font size range: never smaller than the ordinary label, never absurdly large at a tiny zoom. */
const MIN_MODEL_PX = 10;
const MAX_MODEL_PX = 400;

/** Starts the zoom tracking; returns `refresh`, to call after the set of `top` nodes may have changed. */
export function keepTopLabelsReadable(cy: Core): () => void {
  let sized: NodeCollection = cy.collection().nodes();
  let queued = false;
  const refresh = () => {
    queued = false;
    const size = Math.min(MAX_MODEL_PX, Math.max(MIN_MODEL_PX, TOP_LABEL_PX / cy.zoom()));
    const top = cy.nodes('.top');
    cy.batch(() => {
      sized.difference(top).removeStyle('font-size');
      top.style('font-size', size);
    });
    sized = top;
  };
  cy.on('zoom', () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(refresh);
  });
  return refresh;
}
