// Whole-network reads of a foreign database, answered from its in-memory network (foreign-network.ts) in the same shapes
// as graph-service.ts: the timeline's inputs, the graph in force on a day, the difference between two days, the stats.
import { inForceAt } from '../../contract/dates.js';
import { withCurrentGroups } from '../analysis/grouping-cache.js';
import type { Database, Row } from '../db/database.js';
import type { DatasetPresentation } from '../import/presentation-schema.js';
import { foreignNetwork, isForeign } from './foreign-network.js';
import type { ApiEdge } from './model.js';
import { yearlyStats } from './yearly.js';

/** The header of a foreign database: its name, and what the lens shows of it. */
function foreignPresentation(database: string, types: string[]): DatasetPresentation {
  const shown = types.join(', ');
  return {
    title: `Neo4j · ${database}`,
    titleZh: `Neo4j · ${database}`,
    subtitle: shown ? `Read-only, through the lens: ${shown}` : 'Read-only: no time property found',
    subtitleZh: shown ? `只读，透过视图：${shown}` : '只读：未找到时间属性',
    description: null,
    descriptionZh: null,
    groups: [],
  };
}

/**
 * What graph-service's timeline() fetches, read through the lens on a foreign database (null on Hulian's own): the
 * nodes, the edge rows, no milestones, the lens's types as the vocabulary, no sources and a header naming the database.
 */
export async function foreignTimelineInputs(db: Database) {
  if (!(await isForeign(db))) return null;
  const network = await foreignNetwork(db);
  const types = network.vocabulary.map((v) => v.type);
  const none: Row[] = [];
  return [network.nodes, network.timeline, none, network.vocabulary, none, foreignPresentation(network.database, types)] as const;
}

/** The network in force on `at`: its edges, and the nodes they touch (or every node with `includeAll`). */
export async function foreignGraphAt(db: Database, at: string, includeAll: boolean) {
  const network = await foreignNetwork(db);
  const edges = network.edges.filter((e) => inForceAt(e, at));
  const touched = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodes = includeAll ? network.nodes : network.nodes.filter((n) => touched.has(n.id));
  return { at, nodes: withCurrentGroups(nodes), edges };
}

/** Relationships added, ended and unchanged between two days. */
export async function foreignDiff(db: Database, from: string, to: string) {
  const { edges } = await foreignNetwork(db);
  const [added, ended, unchanged]: [ApiEdge[], ApiEdge[], ApiEdge[]] = [[], [], []];
  for (const edge of edges) {
    const [atFrom, atTo] = [inForceAt(edge, from), inForceAt(edge, to)];
    if (atTo) (atFrom ? unchanged : added).push(edge);
    else if (atFrom) ended.push(edge);
  }
  return { from, to, added, ended, unchanged, counts: { added: added.length, ended: ended.length, unchanged: unchanged.length } };
}

/** Per-year statistics (openness is undefined: the lens's types have no open or closed category). */
export async function foreignStats(db: Database) {
  const { edges, nodes, vocabulary } = await foreignNetwork(db);
  return yearlyStats(edges, nodes, vocabulary, []);
}
