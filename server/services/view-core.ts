// The drawable core of a large network (issue #19): its best-connected nodes, the pairs among them, their layout and
// groups. Every view reuses it, so nodes keep their places across steps; it is read once per data version, never whole.
import type { Grouping } from '../../contract/presentation.js';
import { groupNodes } from '../analysis/grouping.js';
import { cachedLayoutJson } from '../analysis/layout-cache.js';
import type { EdgeEnds } from '../analysis/union-network.js';
import { networkVersion } from '../analysis/union-network.js';
import type { Database } from '../db/database.js';
import { nodeCaption } from '../lens/captions.js';
import { readThrough } from '../lens/run.js';
import { fingerprintOf, type Reading } from '../lens/reading.js';
import neo4j from 'neo4j-driver';

/** How many of the best-connected nodes make the core (its layout takes a few seconds in the worker). */
const CORE_NODES = 2_000;

export interface ViewCore {
  /** The data version it was read at (node and relationship counts). */
  version: string;
  positions: Map<string, [number, number]>;
  groupOf: Map<string, string>;
  grouping: Grouping;
  /** Each core node's caption, for the change log's and the legend's names. */
  captions: Map<string, string>;
}

async function readCore(db: Database, reading: Reading, version: string, heavyMs: number): Promise<ViewCore> {
  const types = reading.present.map((r) => r.type);
  const options = { types, timeoutMs: heavyMs };
  const nodeRows = await readThrough(db, reading, 'view-core-nodes', { limit: neo4j.int(CORE_NODES) }, options);
  const nodes = nodeRows.map((row) => {
    const id = String(row.id);
    const labels = (row.labels ?? []) as string[];
    const label = labels.find((l) => reading.lens.labels.includes(l)) ?? labels[0] ?? 'Node';
    return { id, name: reading.own && typeof row.caption === 'string' ? row.caption : nodeCaption(label, row.caption, id) };
  });
  const ids = nodes.map((n) => n.id);
  const pairs = await readThrough(db, reading, 'view-core-edges', { ids }, options);
  const edges: EdgeEnds[] = pairs.map((row) => ({ source: String(row.source), target: String(row.target) }));
  const network = networkVersion(ids, edges);
  const layout = JSON.parse(await cachedLayoutJson(nodes, edges, network)) as Record<string, [number, number]> | null;
  const grouped = groupNodes(
    nodes.map((n) => ({ ...n, nameZh: null, kind: '', owner: null })),
    edges,
    null,
  );
  return {
    version,
    positions: new Map(Object.entries(layout ?? {})),
    groupOf: grouped.groupOf,
    grouping: grouped.grouping,
    captions: new Map(nodes.map((n) => [n.id, n.name])),
  };
}

const cores = new WeakMap<Database, Promise<ViewCore>>();

/** The core of `db` at its current data version (`version` when the caller has just read it): read once, shared by
 * concurrent callers, read again when data changes. */
export async function viewCore(db: Database, reading: Reading, heavyMs: number, knownVersion?: string): Promise<ViewCore> {
  const version = knownVersion ?? (await fingerprintOf(db));
  const known = cores.get(db);
  if (known && (await known.then((core) => core.version === version).catch(() => false))) return known;
  const pending = readCore(db, reading, version, heavyMs);
  cores.set(db, pending);
  pending.catch(() => cores.get(db) === pending && cores.delete(db));
  return pending;
}
