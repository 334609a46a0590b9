// precomputedPositions (server/services/layout.ts): the server's layout for large networks.
import { describe, expect, it } from 'vitest';
import type { ApiNode } from '../../server/services/model.js';
import { PRECOMPUTED_LAYOUT_MIN_NODES, precomputedPositions } from '../../server/services/layout.js';

const node = (id: string, group: string): ApiNode => ({
  id,
  name: id,
  nameZh: null,
  kind: 'Platform',
  owner: null,
  group,
  aliases: [],
  description: null,
});

describe('precomputedPositions', () => {
  it('should send nothing below its threshold (the client lays small networks out)', () => {
    expect(precomputedPositions([node('a', 'a')], [])).toBeNull();
  });
  it('should give every node distinct integer coordinates, the same on every call', () => {
    const nodes = Array.from({ length: PRECOMPUTED_LAYOUT_MIN_NODES + 50 }, (_, i) => node(`n-${i}`, i % 3 ? `g-${i % 7}` : `n-${i}`));
    const edges = nodes.slice(1).map((n) => ({ source: 'n-0', target: n.id }));
    const positions = precomputedPositions(nodes, edges)!;
    expect(Object.keys(positions).sort()).toEqual(nodes.map((n) => n.id).sort());
    expect(new Set(Object.values(positions).map((p) => p.join(','))).size).toBe(nodes.length);
    expect(Object.values(positions).flat().every(Number.isInteger)).toBe(true);
    expect(precomputedPositions(nodes, edges)).toEqual(positions);
  });
});
