// Paths between two entities through relationships in force on a day, and the earliest day two entities
// became connected (see paths-earliest.cypher for why the candidate days are the distinct `since` values).
import neo4j from 'neo4j-driver';
import type { Database } from '../db/database.js';
import { toEdge } from './model.js';
import { requireNode } from './node-service.js';

const toPath = (row: { nodes?: unknown; edges?: unknown }) => ({
  nodes: Array.isArray(row.nodes) ? row.nodes.map(String) : [],
  edges: Array.isArray(row.edges) ? row.edges.map((e) => toEdge(e)) : [],
});

/** All shortest undirected paths from `from` to `to` within `maxHops`, using only `types` in force on `at`. */
export async function shortestPaths(db: Database, from: string, to: string, at: string, maxHops: number, types: string[]) {
  await Promise.all([requireNode(db, from, 'from'), requireNode(db, to, 'to')]);
  const rows = await db.read('paths-shortest', { from, to, at, maxHops: neo4j.int(maxHops), types });
  return { at, from, to, paths: rows.map(toPath) };
}

/** The earliest day `from` and `to` were joined within `maxHops` by relationships of `types`, with that path. */
export async function earliestPath(db: Database, from: string, to: string, maxHops: number, types: string[]) {
  await Promise.all([requireNode(db, from, 'from'), requireNode(db, to, 'to')]);
  const [row] = await db.read('paths-earliest', { from, to, maxHops: neo4j.int(maxHops), types });
  return { from, to, date: row ? String(row.date) : null, path: row ? toPath(row) : null };
}
