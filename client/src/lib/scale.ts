// How the explorer adapts to the size of the network: which renderer, how much style, which layout.
// Small networks get the full look (fcose, labels, curved edges); large ones the cheap one (preset positions
// from the server, haystack edges, labels only when zoomed in, WebGL above a threshold).

export type RendererName = 'canvas' | 'webgl';

export interface ScalePlan {
  renderer: RendererName;
  /** Haystack edges, no arrows or transitions, labels only when readable, nothing drawn during pan. */
  simplified: boolean;
  layout: 'fcose' | 'preset';
}

/** Above this many elements (nodes + edges) the style is simplified. */
export const SIMPLIFY_ABOVE_ELEMENTS = 1500;
/** Above this many elements the WebGL renderer is used. */
export const WEBGL_ABOVE_ELEMENTS = 8000;

/** A `?renderer=canvas|webgl` query parameter forces a renderer (for the benchmark and for comparison). */
export function rendererOverride(search: string): RendererName | null {
  const value = new URLSearchParams(search).get('renderer');
  return value === 'canvas' || value === 'webgl' ? value : null;
}

/** The plan for a network of `elements` elements; `hasPositions` says the server sent a layout. */
export function planForSize(elements: number, hasPositions: boolean, override: RendererName | null = null): ScalePlan {
  if (!Number.isFinite(elements) || elements < 0) throw new RangeError('elements must be a count');
  return {
    renderer: override ?? (elements > WEBGL_ABOVE_ELEMENTS ? 'webgl' : 'canvas'),
    simplified: elements > SIMPLIFY_ABOVE_ELEMENTS,
    layout: hasPositions ? 'preset' : 'fcose',
  };
}
