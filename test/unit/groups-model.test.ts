// The group view's model (client/src/graph/groups-model.ts): opening one group adds exactly the edges inside it that the
// whole snapshot gives, ties between groups stay group to group whether open or not, and opened members are gathered.
import { describe, expect, it } from 'vitest';
import { edgesWithin, gathered, groupEdges } from '../../client/src/graph/groups-model.js';
import type { Snapshot } from '../../client/src/lib/temporal.js';

const group: Record<string, string> = { u1: 'A', u2: 'A', b1: 'B', c1: 'C', z9: 'Z' };
const groupOf = (node: string) => group[node]!;
const ends = new Map([
  ['1', { source: 'u1', target: 'u2' }],
  ['2', { source: 'u1', target: 'b1' }],
  ['3', { source: 'b1', target: 'u2' }],
  ['4', { source: 'b1', target: 'c1' }],
  ['5', { source: 'z9', target: 'u1' }],
  ['6', { source: 'c1', target: 'b1' }],
]);
const snapshot: Snapshot = {
  at: '2013-12-31',
  nodes: new Set(Object.keys(group)),
  edges: new Map([
    ['1', 'arrived'],
    ['2', 'in-force'],
    ['3', 'arrived'],
    ['4', 'arrived'],
    ['5', 'ended'],
    ['6', 'arrived'],
  ]),
};
const byId = (edges: { id: string }[]) => [...edges].sort((x, y) => x.id.localeCompare(y.id));

describe('group view model', () => {
  it('should give, from the relationships inside one group, the edges among its members that the whole snapshot gives', () => {
    const open = new Set(['A']);
    const all = groupEdges(snapshot, ends, groupOf, open);
    const inside = groupEdges(snapshot, ends, groupOf, open, edgesWithin(ends, groupOf).get('A'));
    const expected = all.filter((e) => ['u1', 'u2'].includes(e.source) && ['u1', 'u2'].includes(e.target));
    expect(inside.length).toBeGreaterThan(0);
    expect(byId(inside)).toEqual(byId(expected));
  });

  it('should join an open group to the others by one weighted edge each, as when it is closed', () => {
    const between = (edges: ReturnType<typeof groupEdges>) =>
      edges.filter((e) => e.source.startsWith('group:') && e.target.startsWith('group:'));
    const closed = groupEdges(snapshot, ends, groupOf, new Set());
    const opened = groupEdges(snapshot, ends, groupOf, new Set(['A']));
    expect(byId(between(opened))).toEqual(byId(closed));
    expect(opened.filter((e) => e.source.startsWith('group:') !== e.target.startsWith('group:'))).toEqual([]);
  });

  it('should add up repeated relationships between two closed groups and leave out ended ones', () => {
    const edges = groupEdges(snapshot, ends, groupOf, new Set());
    expect(edges.map(({ source, target, weight }) => ({ source, target, weight }))).toEqual([
      { source: 'group:A', target: 'group:B', weight: 2 },
      { source: 'group:B', target: 'group:C', weight: 2 },
    ]);
  });

  it('should gather members spread wide round the centre, keeping their arrangement, and never spread close ones', () => {
    const wide = new Map([
      ['p', { x: -5000, y: 0 }],
      ['q', { x: 5000, y: 0 }],
      ['r', { x: 0, y: 3000 }],
    ]);
    const near = gathered(wide, { x: 10, y: 10 });
    expect(near.get('p')!.x).toBeLessThan(near.get('r')!.x);
    expect(near.get('r')!.x).toBeLessThan(near.get('q')!.x);
    expect(Math.abs(near.get('q')!.x - near.get('p')!.x)).toBeLessThan(200);
    const close = new Map([
      ['p', { x: 0, y: 0 }],
      ['q', { x: 4, y: 0 }],
    ]);
    const kept = gathered(close, { x: 100, y: 100 });
    expect(kept.get('q')!.x - kept.get('p')!.x).toBeCloseTo(4);
  });
});
