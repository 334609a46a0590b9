// Reads about single entities: search by name, one entity's full record over time, and its neighbourhood on a day.
import neo4j from 'neo4j-driver';
import type { Database } from '../db/database.js';
import { NotFoundError } from '../http/problems.js';
import { nodesByIds } from './graph-service.js';
import { toEdge, toMilestone, type ApiNode } from './model.js';

/** Ranked search over name, nameZh and aliases (exact > prefix > contains, case-insensitive). */
export async function searchNodes(db: Database, q: string, limit: number) {
  const hits = await db.read('nodes-search', { q, limit: neo4j.int(limit) });
  const byId = new Map(
    (
      await nodesByIds(
        db,
        hits.map((h) => String(h.id)),
      )
    ).map((n) => [n.id, n]),
  );
  const results = hits
    .filter((h) => byId.has(String(h.id)))
    .map((h) => ({ ...byId.get(String(h.id))!, score: Number(h.score), matched: String(h.matched) }));
  return { q, results };
}

/** One entity, or a 404 naming the id. */
export async function requireNode(db: Database, id: string, field = 'id'): Promise<ApiNode> {
  const [node] = await nodesByIds(db, [id]);
  if (!node) throw new NotFoundError(`There is no entity with ${field} "${id}".`);
  return node;
}

/** The entity, its owner, what it owns, all its dated relationships (with the other end) and its milestones. */
export async function nodeDetail(db: Database, id: string) {
  const node = await requireNode(db, id);
  const [[ownership], relationshipRows, milestoneRows] = await Promise.all([
    db.read('node-ownership', { id }),
    db.read('node-relationships', { id }),
    db.read('node-milestones', { id }),
  ]);
  const ownerId = ownership?.owner ? String(ownership.owner) : null;
  const ownsIds = Array.isArray(ownership?.owns) ? ownership.owns.map(String) : [];
  const otherIds = relationshipRows.map((row) => String(row.other));
  const related = new Map((await nodesByIds(db, [...ownsIds, ...otherIds, ...(ownerId ? [ownerId] : [])])).map((n) => [n.id, n]));
  return {
    node,
    owner: ownerId ? (related.get(ownerId) ?? null) : null,
    owns: ownsIds.map((o) => related.get(o)).filter((n): n is ApiNode => n !== undefined),
    relationships: relationshipRows.map((row) => ({
      ...toEdge(row.edge),
      direction: String(row.direction) as 'out' | 'in',
      other: related.get(String(row.other))!,
    })),
    milestones: milestoneRows.map((row) => toMilestone(row.milestone)),
  };
}

/** The relationships within `depth` hops of `id` in force on `at` (only `types`), and the nodes they touch. */
export async function neighbors(db: Database, id: string, at: string, depth: number, types: string[]) {
  const center = await requireNode(db, id);
  const edges = (await db.read('node-neighbors', { id, at, depth: neo4j.int(depth), types })).map((row) => toEdge(row.edge));
  const others = await nodesByIds(
    db,
    edges.flatMap((e) => [e.source, e.target]).filter((n) => n !== id),
  );
  return { at, center: id, nodes: [center, ...others], edges };
}
