// The painted nodes of a large network: their circles' places and sizes, their labels (drawn only once readable, as
// the simplified style sheet's `min-zoomed-font-size`), and the node under a point.

/** Painted nodes: model x, y and radius of each, and its label. */
export interface PaintedNodeSet {
  x: Float32Array;
  y: Float32Array;
  r: Float32Array;
  labels: string[];
}

/** The simplified style's label size (model px) and the smallest on-screen size at which it is drawn (style.ts). */
const FONT_PX = 10;
const MIN_SCREEN_FONT_PX = 9;
/** At most this many labels are painted (the ones in view), so a zoom into a dense part stays quick. */
const MAX_LABELS = 600;
const FONT = 'Inter, "Segoe UI", "PingFang SC", "Noto Sans CJK SC", sans-serif';

/** The painted labels' size (model px), font family and colour (the simplified style sheet's). */
export const LABEL_LOOK = { px: FONT_PX, family: FONT, colour: '#212529' };

/** The labels of the nodes in `view` when its zoom makes them readable (at most MAX_LABELS): text and model place. */
export function readableLabels(
  nodes: PaintedNodeSet,
  view: { zoom: number; pan: { x: number; y: number }; width: number; height: number },
): { text: string; x: number; y: number }[] {
  if (FONT_PX * view.zoom < MIN_SCREEN_FONT_PX || !nodes.labels.length) return [];
  const [x1, y1] = [-view.pan.x / view.zoom, -view.pan.y / view.zoom];
  const [x2, y2] = [x1 + view.width / view.zoom, y1 + view.height / view.zoom];
  const labels: { text: string; x: number; y: number }[] = [];
  for (let i = 0; i < nodes.labels.length && labels.length < MAX_LABELS; i++) {
    const [x, y] = [nodes.x[i]!, nodes.y[i]!];
    if (x < x1 || x > x2 || y < y1 || y > y2 || !nodes.labels[i]) continue;
    labels.push({ text: nodes.labels[i]!, x, y: y + nodes.r[i]! + 2 });
  }
  return labels;
}

/** Paints the labels of the nodes in view when the zoom makes them readable (the context holds the model transform). */
export function drawNodeLabels(
  ctx: CanvasRenderingContext2D,
  nodes: PaintedNodeSet,
  view: { zoom: number; pan: { x: number; y: number }; width: number; height: number },
): void {
  const labels = readableLabels(nodes, view);
  if (!labels.length) return;
  ctx.font = `${FONT_PX}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.fillStyle = LABEL_LOOK.colour;
  for (const { text, x, y } of labels) ctx.fillText(text, x, y);
}

/** The index of the painted node whose circle holds the model point (within `slack` model units), or -1. */
export function nodeAt(nodes: PaintedNodeSet, x: number, y: number, slack: number): number {
  let best = -1;
  let bestDistance = Infinity;
  for (let i = 0; i < nodes.x.length; i++) {
    const distance = Math.hypot(nodes.x[i]! - x, nodes.y[i]! - y);
    if (distance <= nodes.r[i]! + slack && distance < bestDistance) [best, bestDistance] = [i, distance];
  }
  return best;
}
