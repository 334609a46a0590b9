// Compare two dates of any network in Neo4j (issue #19): how many relationships were added, ended and persisted, and
// the top changes within a budget. As of, Neo4j counts each class exactly from the time indexes; in window mode the
// two windows' views are compared pair by pair, exactly when both were read whole (docs/scale.md, "Compare").
import type { Database } from '../db/database.js';
import type { Reading } from '../lens/reading.js';
import type { ApiEdge, ApiNode } from './model.js';
import { FIRST_DAY, addDays, readableRelationships } from './view-time.js';
import { drawnNodesOf, firstEdges, readParts, viewAt, type Part, type ViewRequest } from './view-service.js';
import { latestByPair } from '../../contract/relationship-pairs.js';

export interface CompareRequest {
  from: string;
  to: string;
  mode: 'asof' | 'window';
  /** Window mode: the exclusive starts of the windows ending at `from` and at `to`. */
  fromAfter: string;
  toAfter: string;
  budget: number;
  first: string | null;
  signal?: AbortSignal;
  tag?: string;
}

type Change = 'added' | 'ended' | 'persisted';
const CHANGES: readonly Change[] = ['added', 'ended', 'persisted'];

export interface Comparison {
  from: string;
  to: string;
  mode: 'asof' | 'window';
  counts: Record<Change, number> & { exact: boolean };
  changes: Record<Change, string[]>;
  nodes: ApiNode[];
  edges: ApiEdge[];
  positions: Record<string, [number, number]>;
}

/** As of: the three disjoint classes of each readable type, by start and end (in force on a day: began by it, not ended). */
function asOfParts(reading: Reading, from: string, to: string): { part: Part; change: Change }[] {
  const [afterFrom, afterTo] = [addDays(from, 1), addDays(to, 1)];
  return readableRelationships(reading.present, reading.schema.propertyKeys).flatMap((relationship) => {
    const byFrom = { relationship, startFrom: FIRST_DAY, startBefore: afterFrom };
    const added = { relationship, startFrom: afterFrom, startBefore: afterTo, openEnds: true, endFrom: afterTo, endBefore: null };
    const persisted = { ...byFrom, openEnds: true, endFrom: afterTo, endBefore: null };
    const ended = { ...byFrom, openEnds: false, endFrom: afterFrom, endBefore: afterTo };
    return [
      { part: added, change: 'added' as const },
      { part: persisted, change: 'persisted' as const },
      ...(relationship.end ? [{ part: ended, change: 'ended' as const }] : []),
    ];
  });
}

async function compareAsOf(db: Database, reading: Reading, request: CompareRequest, timeoutMs: number): Promise<Comparison> {
  const classes = asOfParts(reading, request.from, request.to);
  const { budget, first, signal, tag } = request;
  const viewRequest: ViewRequest = { at: request.to, after: request.from, mode: 'asof', budget, first, signal, tag };
  const { counts, candidates } = await readParts(
    db,
    reading,
    classes.map((c) => c.part),
    viewRequest,
    timeoutMs,
  );
  const total = { added: 0, ended: 0, persisted: 0 };
  counts.forEach(({ count }, i) => (total[classes[i]!.change] += count));
  // The changes first, then what persisted, each by how active its node is.
  const order = (part: number) => (classes[part]!.change === 'persisted' ? 1 : 0);
  const edges = firstEdges(
    [...candidates].sort((x, y) => order(x.part) - order(y.part)),
    request.budget,
  );
  const changeOf = new Map(candidates.map((c) => [c.edge.id, classes[c.part]!.change]));
  const changes = Object.fromEntries(CHANGES.map((c) => [c, edges.filter((e) => changeOf.get(e.id) === c).map((e) => e.id)]));
  const { nodes, positions } = await drawnNodesOf(db, reading, edges, timeoutMs);
  const { from, to, mode } = request;
  return { from, to, mode, counts: { ...total, exact: true }, changes: changes as Record<Change, string[]>, nodes, edges, positions };
}

async function compareWindows(db: Database, reading: Reading, request: CompareRequest, timeoutMs: number): Promise<Comparison> {
  const view = (at: string, after: string) =>
    viewAt(
      db,
      reading,
      { at, after, mode: 'window', budget: request.budget, first: request.first, signal: request.signal, tag: request.tag },
      timeoutMs,
    );
  const [before, after] = await Promise.all([view(request.from, request.fromAfter), view(request.to, request.toAfter)]);
  const [early, late] = [latestByPair(before.edges), latestByPair(after.edges)];
  const changes: Record<Change, ApiEdge[]> = { added: [], ended: [], persisted: [] };
  for (const [pair, edge] of late) changes[early.has(pair) ? 'persisted' : 'added'].push(edge);
  for (const [pair, edge] of early) if (!late.has(pair)) changes.ended.push(edge);
  // Exact when each window was read and drawn whole; else the classes of the pairs among its most active nodes.
  const whole = (v: typeof before) => v.counts.nodes !== null && v.edges.length === v.counts.relationships;
  const ordered = [...changes.added, ...changes.ended, ...changes.persisted].map((edge) => ({ edge }));
  const edges = firstEdges(ordered, request.budget);
  const kept = new Set(edges.map((e) => e.id));
  const ids = (list: ApiEdge[]) => list.filter((e) => kept.has(e.id)).map((e) => e.id);
  const { nodes, positions } = await drawnNodesOf(db, reading, edges, timeoutMs);
  return {
    from: request.from,
    to: request.to,
    mode: request.mode,
    counts: {
      ...(Object.fromEntries(CHANGES.map((c) => [c, changes[c].length])) as Record<Change, number>),
      exact: whole(before) && whole(after),
    },
    changes: { added: ids(changes.added), ended: ids(changes.ended), persisted: ids(changes.persisted) },
    nodes,
    edges,
    positions,
  };
}

/** The comparison `request` asks for, computed in Neo4j and bounded by its budget whatever the size of the data. */
export function compareAt(db: Database, reading: Reading, request: CompareRequest, timeoutMs: number): Promise<Comparison> {
  return request.mode === 'asof' ? compareAsOf(db, reading, request, timeoutMs) : compareWindows(db, reading, request, timeoutMs);
}
