// toDriverParams (server/console/params.ts): JSON parameters as the driver needs them.
import { describe, expect, it } from 'vitest';
import { toDriverParams } from '../../server/console/params.js';

describe('toDriverParams', () => {
  it('should turn whole numbers into Integers and leave other values alone', () => {
    const out = toDriverParams({ n: 3, x: 2.5, list: [1, 'a'], none: null }) as Record<string, unknown>;
    expect(String(out.n)).toBe('3');
    expect(typeof out.n).toBe('object');
    expect(out.x).toBe(2.5);
    expect(out.none).toBeNull();
  });
});
