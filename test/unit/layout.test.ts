// forceLayout (server/analysis/force-layout.ts): the seeded ForceAtlas2 layout of the union network, its scale, and the
// packing of isolated nodes and small components beside the main layout.
import { describe, expect, it } from 'vitest';
import { forceLayout, NODE_SPACING } from '../../server/analysis/force-layout.js';
import { LABELLED_NODES, labelWidth } from '../../server/analysis/label-room.js';
import { readDatasetDir } from '../../server/import/bundled.js';
import { medianNearestDistance } from '../../server/analysis/spacing.js';
import { seededRandom } from '../../server/analysis/seeded-random.js';

/** A seeded random network: `order` nodes, `size` edges among the first `connected` of them (the rest isolated). */
function network(order: number, size: number, connected = order) {
  const random = seededRandom(order * 31 + size);
  const nodeIds = Array.from({ length: order }, (_, i) => `n-${i}`);
  const edges = Array.from({ length: size }, (_, i) => ({
    source: nodeIds[i % connected]!,
    target: nodeIds[Math.floor(random() * connected)]!,
  }));
  return { nodeIds, edges };
}

describe('forceLayout', () => {
  it('when there are no nodes, then there are no positions', () => {
    expect(forceLayout([], [])).toEqual({});
  });

  it('should ignore edges to unknown nodes and self-loops rather than fail', () => {
    const positions = forceLayout(
      ['a', 'b'],
      [
        { source: 'a', target: 'a' },
        { source: 'a', target: 'ghost' },
      ],
    );
    expect(Object.keys(positions).sort()).toEqual(['a', 'b']);
  });

  it('should give every node integer coordinates, the same ones on every run and whatever order the edges come in', () => {
    const { nodeIds, edges } = network(120, 400);
    const positions = forceLayout(nodeIds, edges);
    expect(Object.keys(positions).sort()).toEqual([...nodeIds].sort());
    expect(Object.values(positions).flat().every(Number.isInteger)).toBe(true);
    expect(forceLayout(nodeIds, edges)).toEqual(positions);
  });

  it('should place neighbours about NODE_SPACING apart and no two nodes on the same spot', () => {
    const { nodeIds, edges } = network(200, 600);
    const positions = forceLayout(nodeIds, edges);
    const median = medianNearestDistance(new Map(Object.entries(positions)));
    expect(median).toBeGreaterThan(NODE_SPACING * 0.8);
    expect(median).toBeLessThan(NODE_SPACING * 1.2);
    expect(new Set(Object.values(positions).map((p) => p.join(','))).size).toBe(nodeIds.length);
  });

  it('should pack isolated nodes and small components to the right of the main layout, not around it', () => {
    const { nodeIds, edges } = network(150, 500, 100);
    const pair = [
      { source: 'pair-a', target: 'pair-b' },
      { source: 'pair-b', target: 'pair-c' },
    ];
    const positions = forceLayout([...nodeIds, 'pair-a', 'pair-b', 'pair-c'], [...edges, ...pair]);
    const mainRight = Math.max(...nodeIds.slice(0, 100).map((id) => positions[id]![0]));
    const packed = [...nodeIds.slice(100), 'pair-a', 'pair-b', 'pair-c'];
    for (const id of packed) expect(positions[id]![0]).toBeGreaterThan(mainRight);
    const [a, b] = [positions['pair-a']!, positions['pair-b']!];
    expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeLessThanOrEqual(NODE_SPACING * Math.SQRT2 + 1);
  });

  it('when every node is isolated, then they sit in a compact block of lines NODE_SPACING apart, labels clear of each other', () => {
    const names = new Map(Array.from({ length: 12 }, (_, i) => [`n-${i}`, i % 3 ? `Node ${i}` : `A much longer node name ${i}`]));
    const positions = forceLayout([...names.keys()], [], { names });
    const lines = [...new Set(Object.values(positions).map(([, y]) => y))].sort((a, b) => a - b);
    expect(lines.length).toBeGreaterThan(1);
    lines.slice(1).forEach((y, k) => expect(y - lines[k]!).toBe(NODE_SPACING));
    for (const y of lines) {
      const onLine = [...names].filter(([id]) => positions[id]![1] === y).sort(([a], [b]) => positions[a]![0] - positions[b]![0]);
      onLine.slice(1).forEach(([id, name], k) => {
        const [previous, previousName] = onLine[k]!;
        const gap = positions[id]![0] - positions[previous]![0];
        expect(gap).toBeGreaterThanOrEqual(Math.floor((labelWidth(name) + labelWidth(previousName)) / 2));
      });
    }
  });

  it("should leave the labels of the bundled network's best-connected nodes (name below the node) free of each other", () => {
    const raw = readDatasetDir();
    const nodes = raw.nodes as { id: string; name: string }[];
    const edges = (raw.relationships as { source: string; target: string; since: string | null }[]).filter((r) => r.since !== null);
    const positions = forceLayout(
      nodes.map((n) => n.id),
      edges,
      { names: new Map(nodes.map((n) => [n.id, n.name])) },
    );
    const degree = (id: string) => edges.filter((e) => e.source !== e.target && (e.source === id || e.target === id)).length;
    const top = [...nodes].sort((a, b) => degree(b.id) - degree(a.id) || (a.id < b.id ? -1 : 1)).slice(0, LABELLED_NODES);
    const box = (n: { id: string; name: string }) => {
      const [x, y] = positions[n.id]!;
      return { left: x - labelWidth(n.name) / 2, right: x + labelWidth(n.name) / 2, top: y + 14, bottom: y + 30 };
    };
    const clashes = top.flatMap((a, i) =>
      top.slice(i + 1).flatMap((b) => {
        const [p, q] = [box(a), box(b)];
        return p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom ? [`${a.name} / ${b.name}`] : [];
      }),
    );
    expect(clashes).toEqual([]);
  });
});
