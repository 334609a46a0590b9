// A foreign database's whole temporal network in memory, read once per data version through the lens: the nodes, the
// edges, the timeline's wire rows and the vocabulary. Every foreign-mode endpoint answers from it (foreign-*.ts).
import { EDGE_FIELDS } from '../../contract/edge-fields.js';
import type { Vocabulary } from '../../contract/shapes.js';
import type { Json } from '../db/convert.js';
import type { Database } from '../db/database.js';
import { lensStateOf, rememberedMode, type LensState } from '../lens/lens-state.js';
import { readFixed } from '../lens/run.js';
import { lensTimelineSource } from '../lens/timeline-source.js';
import type { ApiEdge, ApiNode } from './model.js';
import { TimelineEdges } from './timeline-wire.js';

/** How long a network is used without asking Neo4j whether the data changed. */
const TRUST_MS = 2_000;
/** The oldest a network may be before it is read again even when the counts did not change (property edits). */
const MAX_AGE_MS = 60_000;

export interface ForeignNetwork {
  nodes: ApiNode[];
  nodeById: Map<string, ApiNode>;
  /** Every edge, in start-day then id order. */
  edges: ApiEdge[];
  /** The same edges as /api/timeline rows, with their ends and yearly tally. */
  timeline: TimelineEdges;
  /** One entry per shown relationship type (label = type). */
  vocabulary: Vocabulary[];
  /** The database's name, for the dataset title. */
  database: string;
}

interface CacheEntry {
  network: Promise<ForeignNetwork>;
  /** The lens state the copy was read through (saving a lens swaps in a new one, so the copy is read again). */
  state: LensState;
  fingerprint: string;
  checkedAt: number;
  readAt: number;
}

const cache = new WeakMap<Database, CacheEntry>();

const column = (name: (typeof EDGE_FIELDS)[number]) => EDGE_FIELDS.indexOf(name);
const [ID, SOURCE, TARGET, TYPE, SINCE, UNTIL, SINCE_PRECISION, UNTIL_PRECISION, PROPS] = (
  ['id', 'source', 'target', 'type', 'since', 'until', 'sincePrecision', 'untilPrecision', 'props'] as const
).map(column) as [number, number, number, number, number, number, number, number, number];

const textOrNull = (value: Json | undefined) => (typeof value === 'string' ? value : null);
const yearOrNull = (value: Json | undefined) => (value === 'year' ? 'year' : null);

/** An edge row (after TimelineEdges.add turned its props into an object) as an Edge. */
function rowToEdge(row: Json[]): ApiEdge {
  return {
    id: String(row[ID]),
    source: String(row[SOURCE]),
    target: String(row[TARGET]),
    type: String(row[TYPE]),
    since: textOrNull(row[SINCE]),
    until: textOrNull(row[UNTIL]),
    sincePrecision: yearOrNull(row[SINCE_PRECISION]),
    untilPrecision: yearOrNull(row[UNTIL_PRECISION]),
    status: null,
    note: null,
    sources: [],
    disputed: null,
    sinceQualifier: null,
    untilQualifier: null,
    scope: null,
    noteZh: null,
    inferred: [],
    props: (row[PROPS] ?? {}) as ApiEdge['props'],
  };
}

/** True when `db` is a database Hulian did not make (read through a lens). */
export async function isForeign(db: Database): Promise<boolean> {
  return (rememberedMode(db) ?? (await lensStateOf(db)).mode) === 'foreign';
}

async function readNetwork(db: Database, { lens, schema }: LensState): Promise<ForeignNetwork> {
  const vocabulary: Vocabulary[] = (lens?.relationships ?? []).map(({ type }) => ({
    type,
    label: type,
    labelZh: null,
    description: '',
    category: 'commercial',
  }));
  if (!lens || !schema) {
    return { nodes: [], nodeById: new Map(), edges: [], timeline: new TimelineEdges(), vocabulary, database: db.database };
  }
  const source = lensTimelineSource(db, lens, schema);
  const [nodes, { timeline, edges }] = await Promise.all([
    source.nodes(),
    source.foldEdges(
      () => ({ timeline: new TimelineEdges({ keepOwnKeys: true }), edges: [] as ApiEdge[] }),
      (state, row) => {
        state.timeline.add(row);
        state.edges.push(rowToEdge(row as Json[]));
      },
    ),
  ]);
  return { nodes, nodeById: new Map(nodes.map((n) => [n.id, n])), edges, timeline, vocabulary, database: db.database };
}

async function fingerprintOf(db: Database): Promise<string> {
  const [row] = await readFixed(db, 'lens-data-counts');
  return `${String(row?.nodes)}/${String(row?.relationships)}`;
}

/**
 * The network of foreign database `db`, read again when the node or relationship count changed (checked at most every
 * TRUST_MS), the copy is older than MAX_AGE_MS or the lens changed (a saved choice); concurrent callers share one read.
 */
export async function foreignNetwork(db: Database): Promise<ForeignNetwork> {
  const now = Date.now();
  const state = await lensStateOf(db);
  const entry = cache.get(db);
  if (entry && entry.state === state && now - entry.checkedAt < TRUST_MS) return entry.network;
  const fingerprint = await fingerprintOf(db);
  const current = cache.get(db);
  if (current && current.state === state && current.fingerprint === fingerprint && now - current.readAt < MAX_AGE_MS) {
    current.checkedAt = now;
    return current.network;
  }
  const network = readNetwork(db, state);
  const fresh = { network, state, fingerprint, checkedAt: now, readAt: now };
  cache.set(db, fresh);
  network.catch(() => {
    if (cache.get(db) === fresh) cache.delete(db);
  });
  return network;
}
