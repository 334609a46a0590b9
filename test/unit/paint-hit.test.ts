// The paint layer's hit-testing grid: the painted line nearest the pointer, within the tolerance, or none.
import { describe, expect, it } from 'vitest';
import { SegmentGrid } from '../../client/src/graph/paint-hit.js';

/** Segments as x1, y1, x2, y2 quadruples. */
const grid = (...segments: [number, number, number, number][]) => new SegmentGrid(Float32Array.from(segments.flat()));

describe('SegmentGrid', () => {
  it('should find the segment under the point, the nearer of two, anywhere along a long one', () => {
    const g = grid([0, 0, 1000, 0], [0, 10, 1000, 10], [500, -500, 500, 500]);
    expect(g.nearest(250, 2, 4)).toBe(0);
    expect(g.nearest(250, 8, 4)).toBe(1);
    expect(g.nearest(500, 300, 4)).toBe(2);
    expect(g.nearest(999, 1, 4)).toBe(0);
  });

  it('when no segment lies within the tolerance, then it finds none', () => {
    const g = grid([0, 0, 1000, 0], [0, 100, 1000, 100]);
    expect(g.nearest(250, 50, 4)).toBe(-1);
    expect(g.nearest(2000, 0, 4)).toBe(-1);
    expect(g.nearest(250, 50, 60)).not.toBe(-1);
  });
});
