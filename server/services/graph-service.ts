// Time-aware reads of the whole network: the graph in force on a day, the full timeline for replay, the
// difference between two days, and the yearly statistics.
import type { Logger } from 'pino';
import { datasetInfo, readPresentation } from '../analysis/dataset-info.js';
import { cachedGrouping, withCurrentGroups } from '../analysis/grouping-cache.js';
import { cachedLayoutJson } from '../analysis/layout-cache.js';
import { networkVersion } from '../analysis/union-network.js';
import type { Database } from '../db/database.js';
import { foreignTimelineInputs } from './foreign-graph.js';
import { OWN_EDGE_KEYS, toEdge, toMilestone, toNode, toSource, toVocabulary, type ApiEdge, type ApiNode } from './model.js';
import { TimelineEdges, timelineJson } from './timeline-wire.js';
import { yearlyStats } from './yearly.js';

/** Fetches entities by id (with their group as in the last /api/timeline grouping), in id order. */
export async function nodesByIds(db: Database, ids: Iterable<string>): Promise<ApiNode[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  return withCurrentGroups((await db.read('entity-nodes-by-ids', { ids: unique })).map((row) => toNode(row.node)));
}

/** Sets each node's group to the root of its owner chain (regulators: "regulator"), as entity-nodes-by-ids does in Cypher;
 * the last /api/timeline grouping then overrides it for the nodes it knows. */
function assignGroups(nodes: ApiNode[]): ApiNode[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const root = (node: ApiNode, seen = new Set<string>()): string => {
    const owner = node.owner ? byId.get(node.owner) : undefined;
    if (!owner || seen.has(owner.id)) return node.id;
    return root(owner, seen.add(node.id));
  };
  return withCurrentGroups(nodes.map((n) => ({ ...n, group: n.kind === 'Regulator' ? 'regulator' : root(n) })));
}

/** Every entity with its group. */
async function allNodes(db: Database): Promise<ApiNode[]> {
  return assignGroups((await db.read('entity-nodes')).map((row) => toNode(row.node)));
}

/** Every dated relationship. */
async function allEdges(db: Database): Promise<ApiEdge[]> {
  return (await db.read('edges-all')).map((row) => toEdge(row.edge));
}

/** The network in force on `at`: its edges, and the nodes they touch (or every node with `includeAll`). */
export async function graphAt(db: Database, at: string, includeAll: boolean) {
  const [[row], everyNode] = await Promise.all([db.read('graph-at', { at }), includeAll ? allNodes(db) : Promise.resolve(null)]);
  const edges = Array.isArray(row?.edges) ? row.edges.map((e) => toEdge(e)) : [];
  const touched = Array.isArray(row?.nodes) ? withCurrentGroups(row.nodes.map((n) => toNode(n))) : [];
  return { at, nodes: everyNode ?? touched, edges };
}

/**
 * The whole temporal network in one payload for replay in the client, as its JSON text (docs/api.md): the edge rows,
 * edge ends and yearly counts are gathered while the edges stream in; the grouping and the layout are computed once per
 * data version (the first layout of a large network takes seconds; requests meanwhile wait for it). `log` gets the
 * layout's progress.
 */
export async function timeline(db: Database, log?: Logger): Promise<string> {
  // A foreign database is read through its lens (foreign-graph.ts); Hulian's own with the named queries.
  const foreign = await foreignTimelineInputs(db);
  const [entities, edges, milestoneRows, vocabularyRows, sourceRows, presentation] =
    foreign ??
    (await Promise.all([
      allNodes(db),
      db.readFold(
        'timeline-edges',
        { ownKeys: OWN_EDGE_KEYS },
        () => new TimelineEdges(),
        (state, row) => state.add(row.edge),
      ),
      db.read('milestones-all'),
      db.read('vocabulary-all'),
      db.read('sources-all'),
      readPresentation(db),
    ]));
  const milestones = milestoneRows.map((row) => toMilestone(row.milestone));
  const range = edges.years.range(milestones);
  const sources = sourceRows.map(toSource);
  // The union network: every dated relationship, and each ownership link (so a subsidiary sits by its owner).
  const links = [...edges.ends, ...entities.flatMap((n) => (n.owner ? [{ source: n.owner, target: n.id }] : []))];
  const network = networkVersion(
    entities.map((n) => n.id),
    links,
  );
  const { grouping, groupOf } = cachedGrouping(entities, links, presentation?.groups ?? null, network);
  const nodes = entities.map((n) => ({ ...n, group: groupOf.get(n.id) ?? n.group }));
  const positionsJson = await cachedLayoutJson(nodes, links, network, log);
  return timelineJson({
    range,
    nodes,
    edgeRowsJson: edges.rowsJson,
    milestones,
    vocabulary: vocabularyRows.map(toVocabulary),
    sources,
    years: edges.years.counts(range),
    positionsJson,
    dataset: datasetInfo(presentation, sources),
    grouping,
  });
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

/** Per-year statistics, and the openness definition — null when the vocabulary has no open and closed types. */
export async function stats(db: Database) {
  const [nodes, edges, vocabularyRows, milestoneRows] = await Promise.all([
    allNodes(db),
    allEdges(db),
    db.read('vocabulary-all'),
    db.read('milestones-all'),
  ]);
  const milestones = milestoneRows.map((row) => toMilestone(row.milestone));
  return yearlyStats(edges, nodes, vocabularyRows.map(toVocabulary), milestones);
}
