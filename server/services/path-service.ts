// Paths between two nodes, one implementation for every database: all shortest paths in force on a day (at most 50),
// and the earliest day two nodes were joined (bounded candidate days, each a bounded shortest-path search in Neo4j).
import neo4j from 'neo4j-driver';
import type { Database } from '../db/database.js';
import { readThrough } from '../lens/run.js';
import { readingFor, requireNode } from './node-reads.js';
import { pathOf } from './rows.js';

/** The most candidate days one earliest-path search tries (each a shortest-path search bounded by maxHops); past it the
 * answer says `exhaustive: false`. Three years of daily activity fit. */
const EARLIEST_DAYS = 1_100;

/** All shortest undirected paths from `from` to `to` within `maxHops`, using only `types` in force on `at`. */
export async function shortestPaths(db: Database, from: string, to: string, at: string, maxHops: number, types: string[]) {
  const reading = await readingFor(db);
  await Promise.all([requireNode(db, reading, from, 'from'), requireNode(db, reading, to, 'to')]);
  if (!reading!.present.some((r) => types.includes(r.type))) return { at, from, to, paths: [] };
  const rows = await readThrough(db, reading!, 'lens-paths-shortest', { from, to, at, maxHops: neo4j.int(maxHops) }, { types });
  return { at, from, to, paths: rows.map((row) => pathOf(row.nodes, row.edges, reading!)) };
}

/**
 * The earliest day `from` and `to` were joined within `maxHops` by relationships of `types` all in force that day, with
 * that path: the distinct start days from the first day both ends have a relationship, at most EARLIEST_DAYS of them,
 * each tried in order in Neo4j with one shortest path (lens-paths-earliest.cypher).
 */
export async function earliestPath(db: Database, from: string, to: string, maxHops: number, types: string[]) {
  const reading = await readingFor(db);
  await Promise.all([requireNode(db, reading, from, 'from'), requireNode(db, reading, to, 'to')]);
  if (!reading!.present.some((r) => types.includes(r.type))) return { from, to, date: null, path: null, exhaustive: true };
  const params = { from, to, maxHops: neo4j.int(maxHops), days: neo4j.int(EARLIEST_DAYS) };
  const [row] = await readThrough(db, reading!, 'lens-paths-earliest', params, { types, timeoutMs: db.heavyQueryTimeoutMs });
  const date = typeof row?.date === 'string' ? row.date : null;
  return {
    from,
    to,
    date,
    path: date ? pathOf(row!.nodes, row!.edges, reading!) : null,
    exhaustive: date !== null || Number(row?.tried ?? 0) < EARLIEST_DAYS,
  };
}
