// Reads about single nodes of a foreign database, from its in-memory network (foreign-network.ts) in node-service.ts'
// shapes: one node's record over time, its neighbourhood on a day; and the types filter's allow-list.
import { inForceAt } from '../../contract/dates.js';
import { withCurrentGroups } from '../analysis/grouping-cache.js';
import type { Database } from '../db/database.js';
import { BadRequestError, NotFoundError } from '../http/problems.js';
import { foreignNetwork, type ForeignNetwork } from './foreign-network.js';
import { adjacencyOf, hopsFrom } from './foreign-walks.js';
import type { ApiEdge, ApiNode } from './model.js';

/** `requested` when every type is one the lens shows (all of them when undefined); otherwise a 400 naming `types`. */
export async function checkForeignTypes(db: Database, requested: string[] | undefined): Promise<string[]> {
  const allowed = (await foreignNetwork(db)).vocabulary.map((v) => v.type);
  if (!requested) return allowed;
  const unknown = requested.filter((type) => !allowed.includes(type));
  if (unknown.length)
    throw new BadRequestError('types', `\`types\` holds unknown relationship type(s) ${unknown.join(', ')}; known: ${allowed.join(', ')}`);
  return [...new Set(requested)];
}

/** The node called `id` in `network`, or a 404 naming the field. */
export function requireForeignNode(network: ForeignNetwork, id: string, field = 'id'): ApiNode {
  const node = network.nodeById.get(id);
  if (!node) throw new NotFoundError(`There is no entity with ${field} "${id}".`);
  return withCurrentGroups([node])[0]!;
}

/** The node and every relationship it has over time (with the other end); no owner, holdings or milestones. */
export async function foreignNodeDetail(db: Database, id: string) {
  const network = await foreignNetwork(db);
  const node = requireForeignNode(network, id);
  const relationships = network.edges
    .filter((e) => (e.source === id || e.target === id) && e.source !== e.target)
    .map((e) => {
      const direction = e.source === id ? ('out' as const) : ('in' as const);
      return { ...e, direction, other: requireForeignNode(network, direction === 'out' ? e.target : e.source) };
    });
  return { node, owner: null, owns: [], relationships, milestones: [] };
}

/** The relationships within `depth` hops of `id` in force on `at` (only `types`), and the nodes they touch. */
export async function foreignNeighbors(db: Database, id: string, at: string, depth: number, types: string[]) {
  const network = await foreignNetwork(db);
  const center = requireForeignNode(network, id);
  const usable = (e: ApiEdge) => types.includes(e.type) && inForceAt(e, at);
  const hops = hopsFrom(id, adjacencyOf(network), depth, usable);
  // An edge lies on a walk of at most `depth` hops from the centre when one of its ends is fewer than `depth` hops away.
  const edges = network.edges.filter((e) => usable(e) && Math.min(hops.get(e.source) ?? Infinity, hops.get(e.target) ?? Infinity) < depth);
  const otherIds = [...new Set(edges.flatMap((e) => [e.source, e.target]))].filter((n) => n !== id).sort();
  return { at, center: id, nodes: [center, ...otherIds.map((o) => requireForeignNode(network, o))], edges };
}
