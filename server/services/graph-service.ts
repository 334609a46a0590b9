// Time-aware reads of the whole network, one implementation for every database (through its reading): the graph in
// force on a day, the full timeline for replay, the difference between two days and the yearly statistics. Hulian's
// own milestones, vocabulary, sources and presentation are read only where they exist (own-extras.ts).
import neo4j from 'neo4j-driver';
import type { Logger } from 'pino';
import { datasetInfo } from '../analysis/dataset-info.js';
import { cachedGrouping, withCurrentGroups } from '../analysis/grouping-cache.js';
import { cachedLayoutJson } from '../analysis/layout-cache.js';
import { networkVersion } from '../analysis/union-network.js';
import type { Database } from '../db/database.js';
import type { Reading } from '../lens/reading.js';
import { foldThrough, readThrough } from '../lens/run.js';
import type { ApiEdge } from './model.js';
import { allNodes, nodesByIds, readingFor } from './node-reads.js';
import { ownExtras } from './own-extras.js';
import { edgeOf, wireRowOf } from './rows.js';
import { TimelineEdges, timelineJson } from './timeline-wire.js';
import { yearlyStats } from './yearly.js';

export { nodesByIds } from './node-reads.js';

/** The most relationships /api/graph returns for one day (a whole-network read; the views endpoints bound by budget). */
const GRAPH_LIMIT = 200_000;

const heavy = (db: Database) => ({ timeoutMs: db.heavyQueryTimeoutMs });
const noTypes = (reading: Reading | null): reading is null => !reading || !reading.present.length;

/** The network in force on `at`: its edges, and the nodes they touch (or every node with `includeAll`). */
export async function graphAt(db: Database, at: string, includeAll: boolean) {
  const reading = await readingFor(db);
  if (noTypes(reading)) return { at, nodes: includeAll ? await allNodes(db, reading) : [], edges: [] };
  const rows = await readThrough(db, reading, 'lens-edges-at', { at, limit: neo4j.int(GRAPH_LIMIT) }, heavy(db));
  const edges = rows.map((row) => edgeOf(row.edge, reading));
  const nodes = includeAll
    ? await allNodes(db, reading)
    : await nodesByIds(
        db,
        edges.flatMap((e) => [e.source, e.target]),
        reading,
      );
  return { at, nodes, edges };
}

/** Every edge of the network, folded as it streams in (a heavy read). */
function foldEdges<S>(db: Database, reading: Reading | null, start: () => S, step: (state: S, edge: ApiEdge) => void): Promise<S> {
  if (noTypes(reading)) return Promise.resolve(start());
  return foldThrough(
    db,
    reading,
    { name: 'lens-edges', params: {} },
    start,
    (state, row) => step(state, edgeOf(row.edge, reading)),
    heavy(db),
  );
}

/**
 * The whole temporal network in one payload for replay in the client, as its JSON text (docs/api.md): the edge rows,
 * edge ends and yearly counts are gathered while the edges stream in; the grouping and the layout are computed once per
 * data version. `log` gets the layout's progress.
 */
export async function timeline(db: Database, log?: Logger): Promise<string> {
  const reading = await readingFor(db);
  const keepOwnKeys = !reading?.own;
  const [entities, edges, extras] = await Promise.all([
    allNodes(db, reading),
    foldEdges(
      db,
      reading,
      () => new TimelineEdges({ keepOwnKeys }),
      (state, edge) => state.add(wireRowOf(edge)),
    ),
    ownExtras(db, reading),
  ]);
  const range = edges.years.range(extras.milestones);
  // The union network: every dated relationship, and each ownership link (so a subsidiary sits by its owner).
  const links = [...edges.ends, ...entities.flatMap((n) => (n.owner ? [{ source: n.owner, target: n.id }] : []))];
  const network = networkVersion(
    entities.map((n) => n.id),
    links,
  );
  const { grouping, groupOf } = cachedGrouping(entities, links, extras.presentation?.groups ?? null, network);
  const nodes = entities.map((n) => ({ ...n, group: groupOf.get(n.id) ?? n.group }));
  const positionsJson = await cachedLayoutJson(nodes, links, network, log);
  return timelineJson({
    range,
    nodes,
    edgeRowsJson: edges.rowsJson,
    milestones: extras.milestones,
    vocabulary: extras.vocabulary,
    sources: extras.sources,
    years: edges.years.counts(range),
    positionsJson,
    dataset: datasetInfo(extras.presentation, extras.sources),
    grouping,
  });
}

/** Relationships added, ended and unchanged between two days. */
export async function diff(db: Database, from: string, to: string) {
  const reading = await readingFor(db);
  const rows = noTypes(reading) ? [] : await readThrough(db, reading, 'lens-edges-diff', { from, to }, heavy(db));
  const pick = (atFrom: boolean, atTo: boolean) =>
    rows.filter((r) => r.atFrom === atFrom && r.atTo === atTo).map((r) => edgeOf(r.edge, reading!));
  const added = pick(false, true);
  const ended = pick(true, false);
  const unchanged = pick(true, true);
  return { from, to, added, ended, unchanged, counts: { added: added.length, ended: ended.length, unchanged: unchanged.length } };
}

/** Per-year statistics, and the openness definition — null when the vocabulary has no open and closed types. */
export async function stats(db: Database) {
  const reading = await readingFor(db);
  const [nodes, edges, extras] = await Promise.all([
    allNodes(db, reading),
    foldEdges(
      db,
      reading,
      (): ApiEdge[] => [],
      (list, edge) => void list.push(edge),
    ),
    ownExtras(db, reading),
  ]);
  return yearlyStats(edges, withCurrentGroups(nodes), extras.vocabulary, extras.milestones);
}
