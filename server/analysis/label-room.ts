// Makes room for the labels of the best-connected nodes, which the client always shows: each such node with its label
// below it is a box (label width from its characters), and overlapping boxes are pushed apart along the axis where
// they overlap least, a few passes over all pairs, deterministically.
import type { Positions } from './side-packing.js';

/** How many of the best-connected nodes get room for their labels. */
export const LABELLED_NODES = 30;
const CHAR_WIDTH = 7.5;
const WIDE_CHAR_WIDTH = 13;
const NODE_HALF = 16;
const LABEL_BOTTOM = 34;
const MAX_PASSES = 60;

/** The width of a label in px at the client's 12 px bold font (CJK characters count about double). */
export function labelWidth(label: string): number {
  let width = 8;
  for (const char of label) width += char.codePointAt(0)! >= 0x2e80 ? WIDE_CHAR_WIDTH : CHAR_WIDTH;
  return width;
}

/** Moves the nodes in `labelled` (id → label, placed in `positions`) until no two of their boxes overlap, or gives up. */
export function makeLabelRoom(positions: Positions, labelled: ReadonlyMap<string, string>): void {
  const boxes = [...labelled]
    .filter(([id]) => positions.has(id))
    .map(([id, label]) => ({ id, half: Math.max(labelWidth(label) / 2, NODE_HALF) }));
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const [pa, pb] = [positions.get(a.id)!, positions.get(b.id)!];
        const overlapX = a.half + b.half - Math.abs(pa[0] - pb[0]);
        const overlapY = NODE_HALF + LABEL_BOTTOM - Math.abs(pa[1] - pb[1]);
        if (overlapX <= 0 || overlapY <= 0) continue;
        moved = true;
        const axis = overlapX < overlapY ? 0 : 1;
        const push = ((axis === 0 ? overlapX : overlapY) + 1) / 2;
        const sign = pa[axis] < pb[axis] || (pa[axis] === pb[axis] && a.id < b.id) ? -1 : 1;
        pa[axis] += sign * push;
        pb[axis] -= sign * push;
      }
    }
    if (!moved) return;
  }
}
