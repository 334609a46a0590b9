// How the explorer adapts to the size of the network: which renderer, how much style, which layout.
// Small networks get the full look (fcose, labels, curved edges); large ones the cheap one (preset positions
// from the server, haystack edges, labels only when zoomed in, WebGL above a threshold on a real GPU).

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

/** GL renderer names of software rasterisers (SwiftShader, Mesa's llvmpipe/softpipe, Windows' WARP), on which
 * Cytoscape's WebGL renderer is slower than its canvas renderer (measured by `npm run bench`). */
const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** True when `glRenderer` (WebGL's UNMASKED_RENDERER, or null when WebGL is missing) names a software rasteriser. */
export function isSoftwareGl(glRenderer: string | null): boolean {
  return glRenderer === null || SOFTWARE_GL.test(glRenderer);
}

/** The WebGL renderer name this browser reports, or null when it has no WebGL 2. */
function glRendererName(): string | null {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return name;
}

/** The WebGL renderer name, asked in a worker (client/src/lib/gl-probe-worker.ts) so the page's main thread goes on
 * meanwhile; where the worker cannot answer, asked on the main thread. Asked only when the answer decides the renderer:
 * starting a software GL costs the page hundreds of ms of CPU on a machine without a GPU. */
export function glRendererNameOffThread(): Promise<string | null> {
  return new Promise((done) => {
    let worker: Worker;
    const onMainThread = () => {
      worker?.terminate();
      done(glRendererName());
    };
    try {
      worker = new Worker(new URL('./gl-probe-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      return onMainThread();
    }
    worker.onerror = onMainThread;
    worker.onmessage = (event: MessageEvent<string | null>) => {
      worker.terminate();
      if (event.data === 'unsupported') done(glRendererName());
      else done(event.data);
    };
  });
}

/** The plan for a network of `elements` elements; `hasPositions` says the server sent a layout; `softwareGl` that
 * WebGL would run on the CPU, where canvas is faster, so WebGL is chosen only on a real GPU; `painted` that a paint
 * layer draws the relationships, so Cytoscape holds only the labelled and pinned nodes, which canvas draws at once. */
export function planForSize(
  elements: number,
  hasPositions: boolean,
  override: RendererName | null = null,
  softwareGl = false,
  painted = false,
): ScalePlan {
  if (!Number.isFinite(elements) || elements < 0) throw new RangeError('elements must be a count');
  return {
    renderer: override ?? (elements > WEBGL_ABOVE_ELEMENTS && !softwareGl && !painted ? 'webgl' : 'canvas'),
    simplified: elements > SIMPLIFY_ABOVE_ELEMENTS,
    layout: hasPositions ? 'preset' : 'fcose',
  };
}
