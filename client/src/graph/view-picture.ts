// Pictures of a graph view for export: Cytoscape's image of the elements it holds over the paint layer's relationships
// and nodes, at one pan and zoom, of the whole drawn network or of the view as it is. A picture of the whole moves the
// viewport there and back within one task, so the page never shows it.
import type { Core } from 'cytoscape';
import type { PaintLayer } from './paint-layer';
import { paintedSvg } from './paint-svg';

const BACKGROUND = '#ffffff';

/** What a picture is taken of. */
export interface PictureSource {
  cy: Core;
  /** The paint layer while it paints the network, else null (Cytoscape then draws everything). */
  layer: PaintLayer | null;
  /** Fits the viewport to the whole drawn network, at once (no animation, no room kept for overlays). */
  fitWhole(): void;
  /** Sizes the labels Cytoscape keeps readable for the viewport as it is now. */
  fitLabels(): void;
}

/** Runs `take` with the viewport on the whole drawn network (when `whole`), then puts the viewport back. */
function atViewport<T>(source: PictureSource, whole: boolean, take: () => T): T {
  if (!whole) return take();
  const { cy } = source;
  const before = { zoom: cy.zoom(), pan: { ...cy.pan() } };
  source.fitWhole();
  source.fitLabels();
  try {
    return take();
  } finally {
    cy.viewport(before);
    source.fitLabels();
  }
}

async function decoded(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = url;
  await image.decode();
  return image;
}

const canvasOf = (width: number, height: number) => Object.assign(document.createElement('canvas'), { width, height });

/** The picture as a canvas, `scale` times the view's CSS px (Cytoscape alone: its own image of the whole graph at
 * `scale` times the model's size, or of the view). */
export async function picturePng(source: PictureSource, whole: boolean, scale: number): Promise<HTMLCanvasElement> {
  const { cy, layer } = source;
  if (!layer) {
    const image = await decoded(cy.png({ output: 'base64uri', full: whole, scale, bg: BACKGROUND }));
    const canvas = canvasOf(image.naturalWidth, image.naturalHeight);
    canvas.getContext('2d')!.drawImage(image, 0, 0);
    return canvas;
  }
  const { canvas, held } = atViewport(source, whole, () => {
    const view = layer.viewAt(scale);
    const canvas = canvasOf(Math.round(view.width * scale), Math.round(view.height * scale));
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = BACKGROUND;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    layer.paintTo(ctx, view);
    // maxWidth/maxHeight give Cytoscape's image exactly the canvas's size (a `scale` would be multiplied by its pixel ratio).
    return { canvas, held: cy.png({ output: 'base64uri', full: false, maxWidth: canvas.width, maxHeight: canvas.height }) };
  });
  canvas.getContext('2d')!.drawImage(await decoded(held), 0, 0, canvas.width, canvas.height);
  return canvas;
}

/** The picture as an SVG document (Cytoscape alone: its own SVG of the whole graph or of the view). */
export function pictureSvg(source: PictureSource, whole: boolean): string {
  const { cy, layer } = source;
  if (!layer) return cy.svg({ full: whole, bg: BACKGROUND });
  return atViewport(source, whole, () => {
    // In the view's CSS px (as maxWidth: no pixel ratio), with no background of Cytoscape's over the painted group.
    const held = cy.svg({ full: false, maxWidth: cy.width(), maxHeight: cy.height() });
    const open = held.indexOf('>', held.indexOf('<svg')) + 1;
    const background = `<rect width="100%" height="100%" fill="${BACKGROUND}"/>`;
    return held.slice(0, open) + background + paintedSvg(layer.picture, layer.viewAt(1)) + held.slice(open);
  });
}
