// The Cytoscape instance for a size plan: the full style and crisp pixels for small networks; for large ones the
// short style sheet, a wide zoom range, edges hidden and a texture shown while panning, pixel ratio 1.
import cytoscape, { type Core } from 'cytoscape';
import svg from 'cytoscape-svg';
import type { ScalePlan } from '../lib/scale';
import { styleFor } from './style';

cytoscape.use(svg);

/** Creates Cytoscape in `container` as `plan` asks (renderer, style by size), following the container's size. */
export function createCytoscape(container: HTMLElement, plan: ScalePlan): Core {
  const large = plan.simplified;
  const cy = cytoscape({
    container,
    style: styleFor(large),
    minZoom: large ? 0.005 : 0.2,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
    hideEdgesOnViewport: large,
    textureOnViewport: large && plan.renderer === 'canvas',
    pixelRatio: large ? 1 : 'auto',
    // Nothing to place yet (the default would run a grid layout over no elements).
    layout: { name: 'preset' },
    renderer: { name: 'canvas', webgl: plan.renderer === 'webgl', webglTexSize: 4096, webglBatchSize: 4096 },
  } as cytoscape.CytoscapeOptions);
  // Cytoscape follows window resizes only; the graph's box also changes when a note or the header wraps. A box of the
  // size Cytoscape already knows (the observer's first call) costs no redraw.
  new ResizeObserver(([entry]) => {
    const box = entry!.contentRect;
    if (box.width !== cy.width() || box.height !== cy.height()) cy.resize();
  }).observe(container);
  return cy;
}
