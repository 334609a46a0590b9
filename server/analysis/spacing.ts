// Scales a layout so that neighbouring nodes sit a chosen distance apart: the median distance from each node to its
// nearest neighbour, found through a grid of cells (about one node per cell), becomes `target`.
import type { Positions } from './side-packing.js';
import { boundsOf } from './side-packing.js';

/** The median nearest-neighbour distance in `positions` (0 with fewer than two nodes). */
export function medianNearestDistance(positions: Positions): number {
  const points = [...positions.values()];
  if (points.length < 2) return 0;
  const { minX, minY, maxX, maxY } = boundsOf(positions);
  const cell = Math.max(Math.sqrt(((maxX - minX) * (maxY - minY)) / points.length), 1e-9);
  const grid = new Map<string, [number, number][]>();
  const keyOf = (cx: number, cy: number) => `${cx},${cy}`;
  for (const p of points) {
    const key = keyOf(Math.floor(p[0] / cell), Math.floor(p[1] / cell));
    const list = grid.get(key);
    if (list) list.push(p);
    else grid.set(key, [p]);
  }
  const nearest: number[] = [];
  for (const p of points) {
    const cx = Math.floor(p[0] / cell);
    const cy = Math.floor(p[1] / cell);
    let best = Infinity;
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const q of grid.get(keyOf(cx + dx, cy + dy)) ?? []) {
          if (q === p) continue;
          best = Math.min(best, Math.hypot(q[0] - p[0], q[1] - p[1]));
        }
    if (best < Infinity) nearest.push(best);
  }
  nearest.sort((a, b) => a - b);
  return nearest.length ? nearest[Math.floor(nearest.length / 2)]! : cell;
}

/** Multiplies every coordinate so that the median nearest-neighbour distance becomes `target`. */
export function scaleToSpacing(positions: Positions, target: number): void {
  const median = medianNearestDistance(positions);
  if (!(median > 0)) return;
  const factor = target / median;
  for (const [id, [x, y]] of positions) positions.set(id, [x * factor, y * factor]);
}
