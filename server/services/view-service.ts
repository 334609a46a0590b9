// The network at a date or over a window, computed in Neo4j whatever its size (issue #19, docs/scale.md): exact counts
// of what the view covers, then at most `budget` relationships of its most active nodes, ranked over a bounded read.
import neo4j from 'neo4j-driver';
import pLimit from 'p-limit';
import type { LensRelationship } from '../../contract/lens.js';
import type { Json } from '../db/convert.js';
import type { Database, Row } from '../db/database.js';
import { readLens } from '../lens/run.js';
import type { Bindings } from '../lens/templates.js';
import type { Reading } from '../lens/reading.js';
import { edgeProps, toEdge, type ApiEdge, type ApiNode } from './model.js';
import { viewNodes } from './view-nodes.js';
import { FIRST_DAY, addDays, boundOf, dayOf, readableRelationships } from './view-time.js';
import { viewCore } from './view-core.js';
import { startsBetween, type StartCounts } from './view-histogram.js';

export interface ViewRequest {
  /** The view's day, and the exclusive start of the period whose changes it shows (window mode: its window). */
  at: string;
  after: string;
  mode: 'asof' | 'window';
  budget: number;
  /** The data's first day (the histogram's), where parts reaching back before the period start their slices. */
  first: string | null;
  /** The histogram's starts per bucket of each type: a part whose count they hold exactly is not counted again. */
  starts?: StartCounts | null;
  /** The data version the request's histogram was read at (so the core is not asked for it again). */
  version?: string;
  /** Set when the client went away: parts not started are skipped. */
  signal?: AbortSignal;
  /** Put in each part's transaction metadata, so the work of an abandoned request can be ended (abandoned-work.ts). */
  tag?: string;
}

/** Consecutive start ranges a part is read in, and how many relationships each gives at most: a part reads at most
 * SLICES × PER_SLICE relationships, spread over its period, whatever the density of the data. */
const SLICES = 8;
const PER_SLICE = 3_000;

/** Parts of one view read at once: a network of many types has dozens of parts, and all at once would queue for the
 * driver's connections (and past its acquisition timeout on a busy machine) without making Neo4j any faster. */
const PARTS_AT_ONCE = 4;

export interface View {
  at: string;
  after: string;
  mode: 'asof' | 'window';
  counts: { relationships: number; nodes: number | null; byType: Record<string, number> };
  nodes: ApiNode[];
  edges: ApiEdge[];
  positions: Record<string, [number, number]>;
}

type JsonMap = { [key: string]: Json };

/** One part of a view for one type: which starts and ends it covers (days; null: no bound). */
export interface Part {
  relationship: LensRelationship;
  startFrom: string;
  startBefore: string;
  openEnds: boolean;
  endFrom: string;
  endBefore: string | null;
}

/** The disjoint parts a view covers: began in the period; and, before it, ended in it (window) or still open (as of). */
export function partsOf(reading: Reading, request: ViewRequest): Part[] {
  const [lo, hi] = [addDays(request.after, 1), addDays(request.at, 1)];
  return readableRelationships(reading.present, reading.schema.propertyKeys).flatMap((relationship) => {
    const began: Part = { relationship, startFrom: lo, startBefore: hi, openEnds: true, endFrom: FIRST_DAY, endBefore: null };
    const earlier = { relationship, startFrom: FIRST_DAY, startBefore: lo, endFrom: lo };
    if (request.mode === 'asof') return [began, { ...earlier, openEnds: true, endBefore: null }];
    return relationship.end ? [began, { ...earlier, openEnds: false, endBefore: hi }] : [began];
  });
}

/** The days [from, before) cut into at most SLICES consecutive ranges of whole days. */
function slicesOf(from: string, before: string): { from: string; before: string }[] {
  const days = Math.round((Date.parse(before) - Date.parse(from)) / 86_400_000);
  const count = Math.max(1, Math.min(SLICES, days));
  const edges = Array.from({ length: count + 1 }, (_, i) => addDays(from, Math.round((days * i) / count)));
  return edges.slice(0, -1).map((day, i) => ({ from: day, before: edges[i + 1]! }));
}

/** A template to run: its name, what its placeholders are bound to, and its parameters. */
export interface TemplateRun {
  name: string;
  bindings: Bindings;
  params: Record<string, unknown>;
}

/** The part's whole count (view-count) and its drawn candidates (view-part), as the templates to run. */
export function partQueries(reading: Reading, part: Part, request: ViewRequest): [TemplateRun, TemplateRun] {
  const { relationship: r } = part;
  const endForm = r.end?.form ?? r.start.form;
  const topNodes = Math.min(1_000, Math.max(50, Math.ceil(request.budget / 4)));
  const ends = {
    openEnds: part.openEnds,
    endFrom: boundOf(endForm, part.endFrom),
    endBefore: part.endBefore === null ? null : boundOf(endForm, part.endBefore),
  };
  const keys = { type: r.type, start: r.start.key, end: r.end?.key ?? null, visible: reading.own };
  const ids = Object.fromEntries(['nodeId', 'edgeId', 'sourceId', 'targetId'].map((key) => [key, reading.idKey]));
  const from = part.startFrom === FIRST_DAY && request.first && request.first < part.startBefore ? request.first : part.startFrom;
  const slices = slicesOf(from, part.startBefore).map((slice) => ({
    from: boundOf(r.start.form, slice.from === from ? part.startFrom : slice.from),
    before: boundOf(r.start.form, slice.before),
  }));
  return [
    {
      name: 'view-count',
      bindings: keys,
      params: { startFrom: boundOf(r.start.form, part.startFrom), startBefore: boundOf(r.start.form, part.startBefore), ...ends },
    },
    {
      name: 'view-part',
      bindings: { ...keys, labels: reading.lens.labels, ...ids },
      params: { slices, perSlice: neo4j.int(PER_SLICE), ...ends, topNodes: neo4j.int(topNodes), budget: neo4j.int(request.budget) },
    },
  ];
}

/** The part's count from the histogram's starts, when the part covers every relationship starting in whole buckets (it
 * has no end condition: all ends, or a type without an end); else null. */
export function countedAlready(part: Part, starts: StartCounts | null | undefined): number | null {
  const anyEnd = part.openEnds && (part.relationship.end === null || (part.endFrom === FIRST_DAY && part.endBefore === null));
  return starts && anyEnd ? startsBetween(starts, part.relationship.type, part.startFrom, part.startBefore) : null;
}

/** Runs the part's two templates side by side: its whole count (unless the histogram holds it), and its rows. */
function readPart(db: Database, reading: Reading, part: Part, request: ViewRequest, timeoutMs: number) {
  request.signal?.throwIfAborted();
  const [count, rows] = partQueries(reading, part, request);
  const { tag } = request;
  const known = countedAlready(part, request.starts);
  return Promise.all([
    known ??
      readLens(db, count.name, count.bindings, reading.schema, count.params, timeoutMs, tag).then((r) => Number(r[0]?.relationships ?? 0)),
    readLens(db, rows.name, rows.bindings, reading.schema, rows.params, timeoutMs, tag),
  ]);
}

/** A relationship row of view-part as an Edge: Hulian's own fields on its own data; elsewhere the day of each time
 * property in its storage form, and every other property as props. */
function edgeOf(row: Row, part: Part, reading: Reading): ApiEdge {
  const { relationship: r } = part;
  const props = (row.props ?? {}) as JsonMap;
  if (reading.own)
    return { ...toEdge({ source: row.source ?? null, target: row.target ?? null, type: row.type ?? null, props }), id: String(row.id) };
  const others = Object.fromEntries(Object.entries(props).filter(([key]) => key !== r.start.key && key !== r.end?.key));
  return {
    ...toEdge({ source: row.source ?? null, target: row.target ?? null, type: row.type ?? null, props: {} }),
    id: String(row.id),
    since: dayOf(r.start.form, row.start) ?? FIRST_DAY,
    until: r.end ? dayOf(r.end.form, row.end) : null,
    sincePrecision: r.start.form === 'year' ? 'year' : null,
    untilPrecision: r.end?.form === 'year' && row.end !== null ? 'year' : null,
    props: edgeProps(others, { keepOwnKeys: true }),
  };
}

/** What a set of parts holds: each part's whole count and whether it was read whole, and their rows ranked as one list
 * (by `order`, then by how active the row's node is within its part). */
export async function readParts(db: Database, reading: Reading, parts: Part[], request: ViewRequest, timeoutMs: number) {
  const limit = pLimit(PARTS_AT_ONCE);
  const results = await Promise.all(parts.map((part) => limit(() => readPart(db, reading, part, request, timeoutMs))));
  const candidates: { rank: number; edge: ApiEdge; part: number }[] = [];
  const counts = results.map(([count, rows], i) => {
    // Distinct ends are known only when the part was read whole (a bounded read sees some of them).
    const whole = Number(rows[0]?.read ?? 0) === count;
    for (const row of rows) candidates.push({ rank: Number(row.rank), edge: edgeOf(row, parts[i]!, reading), part: i });
    return { count, whole, nodes: Number(rows[0]?.nodes ?? 0) };
  });
  candidates.sort((x, y) => x.rank - y.rank);
  return { counts, candidates };
}

/** The first `budget` distinct edges of `candidates`, in their order. */
export function firstEdges(candidates: readonly { edge: ApiEdge }[], budget: number): ApiEdge[] {
  const seen = new Set<string>();
  const edges: ApiEdge[] = [];
  for (const { edge } of candidates) {
    if (edges.length >= budget) break;
    if (!seen.has(edge.id)) edges.push(edge);
    seen.add(edge.id);
  }
  return edges;
}

/** The nodes and places of `edges`' ends: captions, groups and the core layout's positions (newcomers beside them). */
export async function drawnNodesOf(db: Database, reading: Reading, edges: ApiEdge[], timeoutMs: number, version?: string) {
  const core = await viewCore(db, reading, timeoutMs, version);
  return viewNodes(db, reading, edges, core, timeoutMs);
}

/** The view `request` asks for, answered by Neo4j: counts of everything it covers, and at most `budget` relationships:
 * up to budget ÷ K of each of the K (at most budget ÷ 4) most active nodes' (docs/scale.md), the most active nodes' first. */
export async function viewAt(db: Database, reading: Reading, request: ViewRequest, timeoutMs: number): Promise<View> {
  const parts = partsOf(reading, request);
  const { counts, candidates } = await readParts(db, reading, parts, request, timeoutMs);
  const byType: Record<string, number> = {};
  let nodeCount: number | null = 0;
  counts.forEach(({ count, whole, nodes }, i) => {
    const type = parts[i]!.relationship.type;
    byType[type] = (byType[type] ?? 0) + count;
    nodeCount = nodeCount !== null && whole ? nodeCount + nodes : null;
  });
  const edges = firstEdges(candidates, request.budget);
  const { nodes, positions } = await drawnNodesOf(db, reading, edges, timeoutMs, request.version);
  return {
    at: request.at,
    after: request.after,
    mode: request.mode,
    counts: { relationships: Object.values(byType).reduce((x, y) => x + y, 0), nodes: nodeCount, byType },
    nodes,
    edges,
    positions,
  };
}
