// The paint layer's picture as SVG, for the SVG export of a large network: one path per style for the relationships
// and one for the nodes, then the readable labels, in model units under the view's pan and zoom.
import { lineWidthAt, type PaintedPicture, type PaintView } from './paint-layer';
import { LABEL_LOOK, readableLabels } from './paint-node-draw';

const escaped = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** A model coordinate, to a hundredth of a unit. */
const num = (value: number) => String(Math.round(value * 100) / 100);

/** The SVG group that draws `picture` as the paint layer shows it in `view` (in the view's CSS px). */
export function paintedSvg(picture: PaintedPicture, view: PaintView): string {
  const parts: string[] = [];
  const width = num(lineWidthAt(view.zoom));
  for (const { style, coords } of picture.edgeGroups) {
    const d: string[] = [];
    for (let s = 0; s < coords.length; s += 4)
      d.push(`M${num(coords[s]!)} ${num(coords[s + 1]!)}L${num(coords[s + 2]!)} ${num(coords[s + 3]!)}`);
    const stroke = `stroke="${escaped(style.colour)}" stroke-opacity="${style.alpha}" stroke-width="${width}"`;
    parts.push(`<path d="${d.join('')}" fill="none" ${stroke}/>`);
  }
  for (const { style, coords } of picture.nodeGroups) {
    const d: string[] = [];
    for (let s = 0; s < coords.length; s += 3) {
      const [x, y, r] = [coords[s]!, coords[s + 1]!, num(coords[s + 2]!)];
      d.push(
        `M${num(x - coords[s + 2]!)} ${num(y)}a${r} ${r} 0 1 0 ${num(2 * coords[s + 2]!)} 0a${r} ${r} 0 1 0 ${num(-2 * coords[s + 2]!)} 0`,
      );
    }
    parts.push(`<path d="${d.join('')}" fill="${escaped(style.colour)}" fill-opacity="${style.alpha}"/>`);
  }
  const font = `font-size="${LABEL_LOOK.px}" font-family="${escaped(LABEL_LOOK.family)}" fill="${LABEL_LOOK.colour}"`;
  for (const { text, x, y } of readableLabels(picture.nodes, view))
    parts.push(`<text x="${num(x)}" y="${num(y)}" text-anchor="middle" dominant-baseline="hanging" ${font}>${escaped(text)}</text>`);
  const { zoom, pan } = view;
  return `<g data-id="hulian-paint" transform="matrix(${zoom} 0 0 ${zoom} ${pan.x} ${pan.y})">${parts.join('')}</g>`;
}
