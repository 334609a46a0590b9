// Time-aware reads of the whole network: the graph in force on a day, the full timeline for replay, the
// difference between two days, and the yearly statistics.
import type { Database } from '../db/database.js';
import { toEdge, toMilestone, toNode, toSource, toVocabulary, type ApiEdge, type ApiNode } from './model.js';
import { OPENNESS_DEFINITION, yearCounts, yearlyStats, yearRange } from './yearly.js';

/** Fetches entities by id (with their group), in id order. */
export async function nodesByIds(db: Database, ids: Iterable<string>): Promise<ApiNode[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  return (await db.read('entity-nodes-by-ids', { ids: unique })).map((row) => toNode(row.node));
}

/** Every entity with its group. */
export async function allNodes(db: Database): Promise<ApiNode[]> {
  return (await db.read('entity-nodes')).map((row) => toNode(row.node));
}

/** Every dated relationship. */
export async function allEdges(db: Database): Promise<ApiEdge[]> {
  return (await db.read('edges-all')).map((row) => toEdge(row.edge));
}

const endpoints = (edges: ApiEdge[]) => edges.flatMap((e) => [e.source, e.target]);

/** The network in force on `at`: its edges, and the nodes they touch (or every node with `includeAll`). */
export async function graphAt(db: Database, at: string, includeAll: boolean) {
  const [edges, everyNode] = await Promise.all([
    db.read('edges-in-force', { at }).then((rows) => rows.map((row) => toEdge(row.edge))),
    includeAll ? allNodes(db) : Promise.resolve(null),
  ]);
  const nodes = everyNode ?? (await nodesByIds(db, endpoints(edges)));
  return { at, nodes, edges };
}

/** The whole temporal network in one payload, for replay in the client. */
export async function timeline(db: Database) {
  const [nodes, edges, milestoneRows, vocabularyRows, sourceRows] = await Promise.all([
    allNodes(db), allEdges(db), db.read('milestones-all'), db.read('vocabulary-all'), db.read('sources-all'),
  ]);
  const milestones = milestoneRows.map((row) => toMilestone(row.milestone));
  const range = yearRange(edges, milestones);
  return {
    range, nodes, edges, milestones, vocabulary: vocabularyRows.map(toVocabulary), sources: sourceRows.map(toSource),
    years: yearCounts(edges, range),
  };
}

/** Relationships added, ended and unchanged between two days. */
export async function diff(db: Database, from: string, to: string) {
  const rows = await db.read('edges-diff', { from, to });
  const pick = (atFrom: boolean, atTo: boolean) => rows.filter((r) => r.atFrom === atFrom && r.atTo === atTo).map((r) => toEdge(r.edge));
  const added = pick(false, true);
  const ended = pick(true, false);
  const unchanged = pick(true, true);
  return { from, to, added, ended, unchanged, counts: { added: added.length, ended: ended.length, unchanged: unchanged.length } };
}

/** Per-year statistics and the openness definition. */
export async function stats(db: Database) {
  const [nodes, edges, vocabularyRows, milestoneRows] = await Promise.all([
    allNodes(db), allEdges(db), db.read('vocabulary-all'), db.read('milestones-all'),
  ]);
  const milestones = milestoneRows.map((row) => toMilestone(row.milestone));
  return { years: yearlyStats(edges, nodes, vocabularyRows.map(toVocabulary), milestones), openness: { definition: OPENNESS_DEFINITION } };
}
