// Walks over a foreign database's in-memory network: each node's edges (kept per network), hop counts from a node
// through the edges a predicate allows (in force on a day, of some types), and every shortest path between two nodes.
import type { ForeignNetwork } from './foreign-network.js';
import type { ApiEdge } from './model.js';

export type Adjacency = Map<string, ApiEdge[]>;
const adjacencies = new WeakMap<ForeignNetwork, Adjacency>();

/** Each node's edges in both directions (a loop once), built once per network. */
export function adjacencyOf(network: ForeignNetwork): Adjacency {
  let adjacent = adjacencies.get(network);
  if (adjacent) return adjacent;
  adjacent = new Map();
  const add = (node: string, edge: ApiEdge) => {
    const list = adjacent!.get(node);
    if (list) list.push(edge);
    else adjacent!.set(node, [edge]);
  };
  for (const edge of network.edges) {
    add(edge.source, edge);
    if (edge.target !== edge.source) add(edge.target, edge);
  }
  adjacencies.set(network, adjacent);
  return adjacent;
}

const otherEnd = (edge: ApiEdge, node: string) => (edge.source === node ? edge.target : edge.source);

/** Breadth-first hop counts from `start` through the edges `usable` allows, up to `maxHops` (stops early at `stopAt`). */
export function hopsFrom(
  start: string,
  adjacent: Adjacency,
  maxHops: number,
  usable: (edge: ApiEdge) => boolean,
  stopAt?: string,
): Map<string, number> {
  const hops = new Map([[start, 0]]);
  let frontier = [start];
  for (let depth = 1; depth <= maxHops && frontier.length && !(stopAt && hops.has(stopAt)); depth++) {
    const next: string[] = [];
    for (const node of frontier)
      for (const edge of adjacent.get(node) ?? []) {
        const other = otherEnd(edge, node);
        if (!hops.has(other) && usable(edge)) {
          hops.set(other, depth);
          next.push(other);
        }
      }
    frontier = next;
  }
  return hops;
}

export interface WalkPath {
  nodes: string[];
  edges: ApiEdge[];
}

/** Up to `limit` shortest undirected paths from `from` to `to` of at most `maxHops`, through edges `usable` allows. */
export function shortestPathsBetween(
  adjacent: Adjacency,
  from: string,
  to: string,
  maxHops: number,
  usable: (edge: ApiEdge) => boolean,
  limit: number,
): WalkPath[] {
  const fromHops = hopsFrom(from, adjacent, maxHops, usable, to);
  const length = fromHops.get(to);
  if (length === undefined) return [];
  const toHops = hopsFrom(to, adjacent, length, usable);
  const paths: WalkPath[] = [];
  const walk = (node: string, nodes: string[], edges: ApiEdge[]) => {
    if (paths.length >= limit) return;
    if (node === to) {
      paths.push({ nodes: [...nodes], edges: [...edges] });
      return;
    }
    const step = nodes.length;
    for (const edge of adjacent.get(node) ?? []) {
      const other = otherEnd(edge, node);
      if (other === node || !usable(edge) || fromHops.get(other) !== step || toHops.get(other) !== length - step) continue;
      walk(other, [...nodes, other], [...edges, edge]);
    }
  };
  walk(from, [from], []);
  return paths;
}
