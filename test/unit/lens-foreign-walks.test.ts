// Walks over a foreign database's in-memory network (server/services/foreign-walks.ts): hop counts and every shortest
// path through the relationships a predicate allows, checked on small networks whose paths can be read off the edges.
import { describe, expect, it } from 'vitest';
import type { ForeignNetwork } from '../../server/services/foreign-network.js';
import { adjacencyOf, hopsFrom, shortestPathsBetween } from '../../server/services/foreign-walks.js';
import type { ApiEdge } from '../../server/services/model.js';
import { TimelineEdges } from '../../server/services/timeline-wire.js';

const edge = (id: string, source: string, target: string, since = '2020-01-01', until: string | null = null) =>
  ({ id, source, target, type: 'LINKS', since, until }) as ApiEdge;

function network(edges: ApiEdge[]): ForeignNetwork {
  const ids = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
  const nodes = ids.map((id) => ({ id, name: id, nameZh: null, kind: 'N', owner: null, group: 'N', aliases: [], description: null }));
  return { nodes, nodeById: new Map(nodes.map((n) => [n.id, n])), edges, timeline: new TimelineEdges(), vocabulary: [], database: 'x' };
}
const always = () => true;

describe('shortestPathsBetween', () => {
  it('when the two nodes are not joined within maxHops, then there is no path', () => {
    const net = network([edge('1', 'a', 'b'), edge('2', 'b', 'c'), edge('3', 'c', 'd')]);
    expect(shortestPathsBetween(adjacencyOf(net), 'a', 'd', 2, always, 50)).toEqual([]);
    expect(shortestPathsBetween(adjacencyOf(net), 'a', 'd', 3, always, 50).map((p) => p.nodes)).toEqual([['a', 'b', 'c', 'd']]);
  });

  it('should give every shortest path, each parallel relationship its own, against the direction of travel too', () => {
    const net = network([
      edge('1', 'a', 'b'),
      edge('2', 'b', 'a'),
      edge('3', 'b', 'd'),
      edge('4', 'a', 'c'),
      edge('5', 'd', 'c'),
      edge('6', 'a', 'd', '2030-01-01'),
    ]);
    const usable = (e: ApiEdge) => e.since! <= '2025-01-01';
    const paths = shortestPathsBetween(adjacencyOf(net), 'a', 'd', 4, usable, 50);
    expect(paths.map((p) => p.edges.map((e) => e.id).join('-')).sort()).toEqual(['1-3', '2-3', '4-5']);
    for (const p of paths) expect(p.nodes).toHaveLength(p.edges.length + 1);
    expect(shortestPathsBetween(adjacencyOf(net), 'a', 'd', 4, always, 50).map((p) => p.edges.map((e) => e.id))).toEqual([['6']]);
    expect(shortestPathsBetween(adjacencyOf(net), 'a', 'd', 4, usable, 2)).toHaveLength(2);
  });
});

describe('hopsFrom', () => {
  it('should count hops only through the relationships allowed, up to maxHops', () => {
    const net = network([edge('1', 'a', 'b'), edge('2', 'b', 'c', '2020-01-01', '2021-01-01'), edge('3', 'c', 'd')]);
    const hops = hopsFrom('a', adjacencyOf(net), 3, (e) => e.until === null);
    expect(Object.fromEntries(hops)).toEqual({ a: 0, b: 1 });
    expect(Object.fromEntries(hopsFrom('a', adjacencyOf(net), 2, always))).toEqual({ a: 0, b: 1, c: 2 });
  });
});
