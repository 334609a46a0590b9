// Paths on a foreign database, from its in-memory network (foreign-network.ts) in path-service.ts' shapes: all shortest
// paths in force on a day, and the earliest day two nodes became connected (checked on each distinct start day).
import { inForceAt } from '../../contract/dates.js';
import type { Database } from '../db/database.js';
import { foreignNetwork } from './foreign-network.js';
import { requireForeignNode } from './foreign-nodes.js';
import { adjacencyOf, shortestPathsBetween } from './foreign-walks.js';
import type { ApiEdge } from './model.js';

/** As many paths as paths-shortest.cypher returns. */
const PATH_LIMIT = 50;

/** All shortest undirected paths from `from` to `to` within `maxHops`, using only `types` in force on `at`. */
export async function foreignShortestPaths(db: Database, from: string, to: string, at: string, maxHops: number, types: string[]) {
  const network = await foreignNetwork(db);
  requireForeignNode(network, from, 'from');
  requireForeignNode(network, to, 'to');
  const allowed = new Set(types);
  const usable = (e: ApiEdge) => allowed.has(e.type) && inForceAt(e, at);
  return { at, from, to, paths: shortestPathsBetween(adjacencyOf(network), from, to, maxHops, usable, PATH_LIMIT) };
}

/** The earliest day `from` and `to` were joined within `maxHops` by relationships of `types`, with that path: connectivity
 * can only begin on some relationship's start day, so each distinct start day is tried in order. */
export async function foreignEarliestPath(db: Database, from: string, to: string, maxHops: number, types: string[]) {
  const network = await foreignNetwork(db);
  requireForeignNode(network, from, 'from');
  requireForeignNode(network, to, 'to');
  const allowed = new Set(types);
  const adjacent = adjacencyOf(network);
  const [touchesFrom, touchesTo] = [from, to].map((end) => (adjacent.get(end) ?? []).filter((e) => allowed.has(e.type))) as [
    ApiEdge[],
    ApiEdge[],
  ];
  const days = [...new Set(network.edges.filter((e) => allowed.has(e.type) && e.since).map((e) => e.since!))].sort();
  for (const day of days) {
    const usable = (e: ApiEdge) => allowed.has(e.type) && inForceAt(e, day);
    // Both ends need a relationship in force that day before any path can join them.
    if (!touchesTo.some(usable) || !touchesFrom.some(usable)) continue;
    const [path] = shortestPathsBetween(adjacent, from, to, maxHops, usable, 1);
    if (path) return { from, to, date: day, path };
  }
  return { from, to, date: null, path: null };
}
