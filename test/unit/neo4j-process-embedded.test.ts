// The embedded Neo4j's memory caps (server/neo4j-process/embedded.ts): transactions stay inside the heap whatever its size.
import { describe, expect, it } from 'vitest';
import { heapMb, transactionMemoryFlags } from '../../server/neo4j-process/embedded.js';

describe('transactionMemoryFlags', () => {
  it('should cap one transaction at half the heap and all of them at 60%, below the heap', () => {
    for (const heap of ['512m', '768m', '1g', '2g']) {
      const flags = transactionMemoryFlags(heap);
      const one = Number(flags[flags.indexOf('--tx-memory-mb') + 1]);
      const all = Number(flags[flags.indexOf('--tx-total-memory-mb') + 1]);
      expect(one).toBeLessThanOrEqual(all);
      expect(all).toBeLessThan(heapMb(heap));
      expect(one).toBeGreaterThan(0);
    }
  });

  it('should read JVM sizes in MiB and refuse anything else', () => {
    expect(heapMb('2g')).toBe(2048);
    expect(heapMb('768M')).toBe(768);
    expect(() => heapMb('1.5g')).toThrow(RangeError);
  });
});
