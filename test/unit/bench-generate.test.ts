// generateNetwork and its sizing (bench/generate.ts, bench/calibrate.ts): the seeded benchmark networks are
// deterministic, valid for the importer, and sized as asked.
import { describe, expect, it } from 'vitest';
import { specForVisible, visibleElements } from '../../bench/calibrate.js';
import { generateNetwork } from '../../bench/generate.js';
import { validateDataset } from '../../server/import/validate.js';

describe('generateNetwork', () => {
  it('should refuse a network too small to draw', () => {
    expect(() => generateNetwork({ nodes: 2, relationships: 5, seed: 1 })).toThrow(RangeError);
  });
  it('should give the same data for the same seed, and data the importer accepts', () => {
    const spec = { nodes: 300, relationships: 2_000, seed: 11 };
    const first = generateNetwork(spec);
    expect(generateNetwork(spec)).toEqual(first);
    expect(generateNetwork({ ...spec, seed: 12 })).not.toEqual(first);
    expect(validateDataset(first).issues).toEqual([]);
    expect(first.relationships).toHaveLength(spec.relationships);
  });
  it('should size a client network to about the visible elements asked for', () => {
    const spec = specForVisible(5_000, 3);
    expect(Math.abs(visibleElements(generateNetwork(spec)) - 5_000)).toBeLessThan(250);
  });
});
