// Places the small pieces of a network (isolated nodes and small components) in rows beside the main layout, so they
// neither scatter around it nor get flung away by the force layout: each piece a compact block, largest first, its
// nodes spaced by the width of their labels.

/** A point per node id. */
export type Positions = Map<string, [number, number]>;

/** Where the main layout sits. */
export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The bounding box of `positions` (a zero box at the origin when empty). */
export function boundsOf(positions: Positions): Bounds {
  if (!positions.size) return { minX: 0, minY: 0, maxX: 0, maxY: 0 };
  const bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const [x, y] of positions.values()) {
    bounds.minX = Math.min(bounds.minX, x);
    bounds.minY = Math.min(bounds.minY, y);
    bounds.maxX = Math.max(bounds.maxX, x);
    bounds.maxY = Math.max(bounds.maxY, y);
  }
  return bounds;
}

/**
 * Packs `pieces` (lists of node ids) in rows to the right of `main`, starting at its top; rows are as wide as needed to
 * stay about as tall as the main layout. Within a piece, nodes flow in lines like words, each taking the width of its
 * label (`widthOf`, at least `spacing`), lines `spacing` apart, so that neither nodes nor labels overlap. Adds to
 * `positions`.
 */
export function packBeside(
  positions: Positions,
  pieces: readonly string[][],
  main: Bounds,
  spacing: number,
  widthOf: (id: string) => number = () => spacing,
): void {
  if (!pieces.length) return;
  const blocks = pieces.map((ids) => flowBlock(ids, spacing, (id) => Math.max(spacing, widthOf(id))));
  const area = blocks.reduce((sum, b) => sum + (b.width + spacing) * (b.height + spacing), 0);
  const mainHeight = positions.size ? Math.max(main.maxY - main.minY, spacing) : Math.sqrt(area);
  const rowWidth = Math.max(Math.max(...blocks.map((b) => b.width)), area / mainHeight, Math.sqrt(area));
  const left = positions.size ? main.maxX + 3 * spacing : 0;
  let x = left;
  let y = positions.size ? main.minY : 0;
  let rowHeight = 0;
  for (const block of blocks) {
    if (x > left && x + block.width > left + rowWidth) {
      x = left;
      y += rowHeight + spacing;
      rowHeight = 0;
    }
    for (const [id, [dx, dy]] of block.offsets) positions.set(id, [x + dx, y + dy]);
    x += block.width + spacing;
    rowHeight = Math.max(rowHeight, block.height);
  }
}

/** Lays `ids` out in lines about as wide as a square block of them would be; offsets are of node centres. */
function flowBlock(ids: readonly string[], spacing: number, widthOf: (id: string) => number) {
  const widths = ids.map(widthOf);
  const total = widths.reduce((sum, w) => sum + w, 0);
  const lineWidth = Math.max(Math.max(...widths), Math.sqrt(total * spacing) * 1.5);
  const offsets = new Map<string, [number, number]>();
  let x = 0;
  let line = 0;
  let width = 0;
  ids.forEach((id, k) => {
    if (x > 0 && x + widths[k]! > lineWidth) {
      x = 0;
      line += 1;
    }
    offsets.set(id, [x + widths[k]! / 2, line * spacing]);
    x += widths[k]!;
    width = Math.max(width, x);
  });
  return { offsets, width, height: (line + 1) * spacing };
}
