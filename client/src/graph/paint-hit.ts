// Hit-testing the painted relationships: a uniform grid over their segments (each segment listed in the cells it
// passes through, sampled at half a cell), so the pointer's nearest line is found among a few candidates.
/** Cells along the longer side of the segments' bounding box. */
const CELLS = 64;

export class SegmentGrid {
  private readonly x0: number;
  private readonly y0: number;
  private readonly cell: number;
  private readonly cells = new Map<number, number[]>();

  /** `segments`: 4 floats per segment (x1, y1, x2, y2), in model units. */
  constructor(private readonly segments: Float32Array) {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let s = 0; s < segments.length; s += 2) {
      x0 = Math.min(x0, segments[s]!);
      x1 = Math.max(x1, segments[s]!);
      y0 = Math.min(y0, segments[s + 1]!);
      y1 = Math.max(y1, segments[s + 1]!);
    }
    this.x0 = x0;
    this.y0 = y0;
    this.cell = Math.max(1e-6, Math.max(x1 - x0, y1 - y0) / CELLS);
    for (let s = 0, i = 0; s < segments.length; s += 4, i++)
      this.insert(i, segments[s]!, segments[s + 1]!, segments[s + 2]!, segments[s + 3]!);
  }

  /** The index of the segment nearest (x, y) within `tolerance` model units, or -1. */
  nearest(x: number, y: number, tolerance: number): number {
    const reach = Math.ceil(tolerance / this.cell);
    const [cx, cy] = [this.cellOf(x, this.x0), this.cellOf(y, this.y0)];
    let best = -1;
    let bestDistance = tolerance;
    for (let gx = cx - reach - 1; gx <= cx + reach + 1; gx++) {
      for (let gy = cy - reach - 1; gy <= cy + reach + 1; gy++) {
        for (const i of this.cells.get(this.key(gx, gy)) ?? []) {
          const distance = this.distance(i, x, y);
          if (distance <= bestDistance) [best, bestDistance] = [i, distance];
        }
      }
    }
    return best;
  }

  private insert(i: number, x1: number, y1: number, x2: number, y2: number): void {
    const steps = Math.max(1, Math.ceil((2 * Math.hypot(x2 - x1, y2 - y1)) / this.cell));
    let last = NaN;
    for (let k = 0; k <= steps; k++) {
      const key = this.key(this.cellOf(x1 + ((x2 - x1) * k) / steps, this.x0), this.cellOf(y1 + ((y2 - y1) * k) / steps, this.y0));
      if (key === last) continue;
      last = key;
      const list = this.cells.get(key);
      if (!list) this.cells.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  }

  private cellOf(value: number, origin: number): number {
    return Math.floor((value - origin) / this.cell);
  }

  private key(gx: number, gy: number): number {
    return (gx + 1024) * 4096 + (gy + 1024);
  }

  /** Distance from (x, y) to segment i. */
  private distance(i: number, x: number, y: number): number {
    const s = i * 4;
    const [x1, y1, x2, y2] = [this.segments[s]!, this.segments[s + 1]!, this.segments[s + 2]!, this.segments[s + 3]!];
    const dx = x2 - x1;
    const dy = y2 - y1;
    const length2 = dx * dx + dy * dy;
    const t = length2 ? Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length2)) : 0;
    return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
  }
}
