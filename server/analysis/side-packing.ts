// Places the small pieces of a network (isolated nodes and small components) in rows beside the main layout, so they
// neither scatter around it nor get flung away by the force layout: each piece a compact block, largest first.

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
 * Packs `pieces` (lists of node ids, each laid out as a small square block `spacing` apart) in rows to the right of
 * `main`, starting at its top; rows are as wide as needed to stay about as tall as the main layout. Adds to `positions`.
 */
export function packBeside(positions: Positions, pieces: readonly string[][], main: Bounds, spacing: number): void {
  if (!pieces.length) return;
  const blocks = pieces.map((ids) => {
    const columns = Math.ceil(Math.sqrt(ids.length));
    return { ids, columns, width: columns * spacing, height: Math.ceil(ids.length / columns) * spacing };
  });
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
    block.ids.forEach((id, k) => positions.set(id, [x + (k % block.columns) * spacing, y + Math.floor(k / block.columns) * spacing]));
    x += block.width + spacing;
    rowHeight = Math.max(rowHeight, block.height);
  }
}
