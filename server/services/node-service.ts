// Reads about single nodes, one implementation for every database: one node's record over time (its latest
// relationships, bounded, with the total) and its neighbourhood on a day (bounded walks); Hulian's own owner, holdings
// and milestones are read where the data is Hulian's.
import neo4j from 'neo4j-driver';
import type { Database } from '../db/database.js';
import type { Reading } from '../lens/reading.js';
import { readThrough } from '../lens/run.js';
import { toMilestone, type ApiNode } from './model.js';
import { nodesByIds, readingFor, requireNode } from './node-reads.js';
import { edgeOf } from './rows.js';

/** The most relationships Details lists (the latest-starting; `relationshipCount` says how many there are). */
export const DETAIL_LIMIT = 500;
/** The most relationships a neighbourhood returns, whatever the depth. */
export const NEIGHBOR_LIMIT = 2_000;

/** Hulian's own owner, holdings and milestones of node `id` (none on a foreign database). */
async function ownership(db: Database, reading: Reading | null, id: string) {
  if (!reading?.own) return { ownerId: null, ownsIds: [] as string[], milestones: [] };
  const [[row], milestoneRows] = await Promise.all([db.read('node-ownership', { id }), db.read('node-milestones', { id })]);
  return {
    ownerId: row?.owner ? String(row.owner) : null,
    ownsIds: Array.isArray(row?.owns) ? row.owns.map(String) : [],
    milestones: milestoneRows.map((m) => toMilestone(m.milestone)),
  };
}

/** The node, its owner, what it owns, its latest relationships over time (with the other end) and its milestones. */
export async function nodeDetail(db: Database, id: string) {
  const reading = await readingFor(db);
  const node = await requireNode(db, reading, id);
  const [[row], own] = await Promise.all([
    reading!.present.length ? readThrough(db, reading!, 'lens-node-edges', { id, limit: neo4j.int(DETAIL_LIMIT) }) : [],
    ownership(db, reading, id),
  ]);
  const listed = (Array.isArray(row?.edges) ? row.edges : []).map((pair) => {
    const [edge, direction] = pair as [unknown, string];
    return { edge: edgeOf(edge as never, reading!), direction: direction === 'out' ? ('out' as const) : ('in' as const) };
  });
  listed.reverse();
  const otherIds = listed.map(({ edge, direction }) => (direction === 'out' ? edge.target : edge.source));
  const related = new Map(
    (await nodesByIds(db, [...own.ownsIds, ...otherIds, ...(own.ownerId ? [own.ownerId] : [])], reading)).map((n) => [n.id, n]),
  );
  return {
    node,
    owner: own.ownerId ? (related.get(own.ownerId) ?? null) : null,
    owns: own.ownsIds.map((o) => related.get(o)).filter((n): n is ApiNode => n !== undefined),
    relationships: listed.flatMap(({ edge, direction }, i) => {
      const other = related.get(otherIds[i]!);
      return other ? [{ ...edge, direction, other }] : [];
    }),
    relationshipCount: typeof row?.total === 'number' ? row.total : listed.length,
    milestones: own.milestones,
  };
}

/** The relationships within `depth` hops of `id` in force on `at` (only `types`, at most NEIGHBOR_LIMIT), and the nodes they touch. */
export async function neighbors(db: Database, id: string, at: string, depth: number, types: string[]) {
  const reading = await readingFor(db);
  const center = await requireNode(db, reading, id);
  const options = { types };
  const usable = reading!.present.some((r) => types.includes(r.type));
  const rows = usable
    ? await readThrough(db, reading!, 'lens-neighbors', { id, at, depth: neo4j.int(depth), limit: neo4j.int(NEIGHBOR_LIMIT) }, options)
    : [];
  const edges = rows.map((row) => edgeOf(row.edge, reading!)).sort((a, b) => (a.since! < b.since! ? -1 : a.since! > b.since! ? 1 : 0));
  const others = await nodesByIds(
    db,
    edges.flatMap((e) => [e.source, e.target]).filter((n) => n !== id),
    reading,
  );
  return { at, center: id, nodes: [center, ...others], edges, truncated: rows.length >= NEIGHBOR_LIMIT };
}
