// Reads of nodes through the database's reading (server/lens/reading.ts), the same for every database: by id, one or
// a 404, every node (the whole network), and the check of a `types` filter against the lens's types.
import { withCurrentGroups } from '../analysis/grouping-cache.js';
import type { Database } from '../db/database.js';
import { BadRequestError, NotFoundError } from '../errors/app-errors.js';
import { readingOf, type Reading } from '../lens/reading.js';
import { readThrough } from '../lens/run.js';
import type { ApiNode } from './model.js';
import { nodeOf } from './rows.js';

/** The reading of `db`; null when a foreign database has nothing the lens can show. */
export const readingFor = (db: Database): Promise<Reading | null> => readingOf(db);

/** The nodes with the given ids (with their group as in the last /api/timeline grouping), in id order. */
export async function nodesByIds(db: Database, ids: Iterable<string>, reading?: Reading | null): Promise<ApiNode[]> {
  const unique = [...new Set(ids)];
  const through = reading === undefined ? await readingFor(db) : reading;
  if (!unique.length || !through) return [];
  const rows = await readThrough(db, through, 'lens-nodes-by-ids', { ids: unique });
  const nodes = rows.map((row) => nodeOf(row.node, through)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return withCurrentGroups(nodes);
}

/** One node, or a 404 naming the field. */
export async function requireNode(db: Database, reading: Reading | null, id: string, field = 'id'): Promise<ApiNode> {
  const [node] = await nodesByIds(db, [id], reading);
  if (!node) throw new NotFoundError(`There is no entity with ${field} "${id}".`);
  return node;
}

/** Sets each node's group to the root of its owner chain (regulators: "regulator"), on Hulian's own data. */
function ownerRoots(nodes: ApiNode[]): ApiNode[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const root = (node: ApiNode, seen = new Set<string>()): string => {
    const owner = node.owner ? byId.get(node.owner) : undefined;
    if (!owner || seen.has(owner.id)) return node.id;
    return root(owner, seen.add(node.id));
  };
  return nodes.map((n) => ({ ...n, group: n.kind === 'Regulator' ? 'regulator' : root(n) }));
}

/** Every node of the network (a heavy read: the whole network). */
export async function allNodes(db: Database, reading: Reading | null): Promise<ApiNode[]> {
  if (!reading) return [];
  const rows = await readThrough(db, reading, 'lens-all-nodes', {}, { timeoutMs: db.heavyQueryTimeoutMs });
  const nodes = rows.map((row) => nodeOf(row.node, reading));
  return withCurrentGroups(reading.own ? ownerRoots(nodes) : nodes);
}

/** `requested` when every type is one the lens shows (all of them when undefined); otherwise a 400 naming `types`. */
export function checkTypes(reading: Reading | null, requested: string[] | undefined): string[] {
  const allowed = (reading?.lens.relationships.map((r) => r.type) ?? []).sort();
  if (!requested) return allowed;
  const unknown = requested.filter((type) => !allowed.includes(type));
  if (unknown.length)
    throw new BadRequestError('types', `\`types\` holds unknown relationship type(s) ${unknown.join(', ')}; known: ${allowed.join(', ')}`);
  return [...new Set(requested)];
}
