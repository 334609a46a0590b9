// Fitting the view clear of the legend: a large view from node positions alone (no style, label or edge geometry is
// computed, so Fit and the framing of a comparison stay quick at thousands of elements), a small one by Cytoscape's fit.
import type { Collection, Core } from 'cytoscape';

/** The widest node (the largest size class of style.ts), in model px. */
const LARGEST_NODE_PX = 58;
/** Space kept free around the fitted nodes, in screen px (as the small networks' fits). */
const PADDING_PX = 30;

/** Fits the view to the positions of these nodes (ids; those `positionOf` does not know are skipped), clear of an
 * overlay `leftInset` px wide on the left. Painted nodes are not in Cytoscape, hence `positionOf`. */
export function fitToNodePositions(
  cy: Core,
  ids: Iterable<string>,
  leftInset: number,
  positionOf: (id: string) => { x: number; y: number } | null,
): void {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const id of new Set(ids)) {
    const at = positionOf(id);
    if (!at) continue;
    const { x, y } = at;
    [x1, y1, x2, y2] = [Math.min(x1, x), Math.min(y1, y), Math.max(x2, x), Math.max(y2, y)];
  }
  if (x1 === Infinity) return;
  const padding = PADDING_PX + LARGEST_NODE_PX / 2;
  const width = cy.width();
  const height = cy.height();
  const inset = Math.min(leftInset, width / 2);
  const fitted = Math.min((width - inset - 2 * padding) / Math.max(1, x2 - x1), (height - 2 * padding) / Math.max(1, y2 - y1));
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), fitted));
  const centre = { x: (x1 + x2) / 2, y: (y1 + y2) / 2 };
  cy.viewport({ zoom, pan: { x: inset + (width - inset) / 2 - centre.x * zoom, y: height / 2 - centre.y * zoom } });
}

/** Fits the view to these elements by Cytoscape's own measure (labels included; for small views), clear of an overlay
 * `leftInset` px wide on the left. */
export function fitToElements(cy: Core, eles: Collection, leftInset: number): void {
  cy.fit(eles, PADDING_PX);
  const width = cy.width();
  const inset = Math.min(leftInset, width / 2);
  if (inset > 0) cy.zoom({ level: (cy.zoom() * (width - inset)) / width, renderedPosition: { x: width, y: cy.height() / 2 } });
}

/** Pans and zooms (animated) to these elements with room around them, never past `maxZoom`. */
export function zoomToFocus(cy: Core, eles: Collection, maxZoom: number): void {
  const box = eles.boundingBox();
  const fitZoom = Math.min(cy.width() / (box.w + 240), cy.height() / (box.h + 240));
  cy.animate({ zoom: Math.min(maxZoom, fitZoom), center: { eles } }, { duration: 400 });
}
