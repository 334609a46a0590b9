// Fitting a graph view to what it draws: on large networks from node positions and the view's classes alone (painted
// nodes are not in Cytoscape), on small ones by Cytoscape's own measure of the visible elements.
import type { Collection, Core } from 'cytoscape';
import { undrawn } from './apply-classes';
import { hasClass, type ElementIndex } from './classes';
import { fitToElements, fitToNodePositions } from './fit';

/** What fitting needs to know of the view. */
export interface FitContext {
  cy: Core;
  simplified: boolean;
  index: ElementIndex;
  /** The view classes of the last render (element id → classes); empty before the first. */
  logical: ReadonlyMap<string, string>;
  edgeById: ReadonlyMap<string, ElementIndex['edges'][number]>;
  /** Width (px) of the overlay on the graph's left edge. */
  inset: number;
  positionOf: (id: string) => { x: number; y: number } | null;
}

/** Of these node ids, the nodes the view draws (all of them before the first render). */
function drawnNodes(view: FitContext, ids: string[]): string[] {
  return view.logical.size ? ids.filter((id) => !undrawn(view.logical.get(id) ?? 'hidden')) : ids;
}

/** Fits the drawn network (its connected part when it has one) into the view, clear of the left overlay. */
export function fitDrawn(view: FitContext): void {
  if (view.simplified) {
    const drawn = drawnNodes(
      view,
      view.index.nodes.map((n) => n.id),
    );
    const connected = drawn.filter((id) => !hasClass(view.logical.get(id), 'isolated'));
    fitToNodePositions(view.cy, connected.length ? connected : drawn, view.inset, view.positionOf);
    return;
  }
  const drawn = view.cy.elements(':visible');
  const connected = drawn.not('.isolated');
  fitToElements(view.cy, connected.nonempty() ? connected : drawn, view.inset);
}

/** Fits the view to the drawn part of these elements (node ids, API edge ids; `held` gives what Cytoscape holds of
 * them, asked only on small networks: a large one fits from positions, and a comparison may name thousands). */
export function frameDrawn(view: FitContext, nodeIds: string[], edgeIds: string[], held: () => Collection): void {
  if (view.simplified) {
    const ends = edgeIds.flatMap((id) => {
      const edge = view.edgeById.get(id);
      return edge && !undrawn(view.logical.get(edge.elementId) ?? 'hidden') ? [edge.source, edge.target] : [];
    });
    const drawn = drawnNodes(view, [...nodeIds, ...ends]);
    if (drawn.length) fitToNodePositions(view.cy, drawn, view.inset, view.positionOf);
    return;
  }
  const eles = held().filter(':visible');
  if (eles.nonempty()) fitToElements(view.cy, eles.union(eles.connectedNodes()), view.inset);
}
