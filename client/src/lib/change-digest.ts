// What a step (or window) changed, summed up before any list (issue 22): counts by relationship type and by group, the
// nodes that became most active (against the period before), groups that connected for the first time, and the
// largest new hubs (nodes whose first relationship began in the period). Pure; the whole-data look-ups are made once.
import type { Edge } from '../types';
import { completeDate } from './dates';
import type { Change } from './temporal';

type Dated = Pick<Edge, 'id' | 'source' | 'target' | 'type' | 'since' | 'until'>;

export interface Digest {
  byType: { type: string; began: number; ended: number }[];
  byGroup: { group: string; changes: number }[];
  /** Nodes with the largest rise in changes over the period before, with both counts. */
  mostActive: { node: string; now: number; before: number }[];
  /** Pairs of groups whose first relationship ever began in the period (the earliest such day). */
  firstLinks: { a: string; b: string; date: string }[];
  /** Nodes whose first relationship began in the period, by their changes in it. */
  newHubs: { node: string; changes: number }[];
}

/** How many entries each part of the digest lists. */
const DIGEST_TOP = 5;

interface Firsts {
  /** Each node's first start day. */
  nodeFirst: Map<string, string>;
  /** Each pair of different groups' first start day ("a\u0000b", a < b). */
  pairFirst: Map<string, string>;
}

const firstsCache = new WeakMap<readonly Dated[], Firsts>();
const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** First days per node and per pair of groups over the whole data, worked out once per edge list. */
function firsts(edges: readonly Dated[], groupOf: (node: string) => string): Firsts {
  let found = firstsCache.get(edges);
  if (found) return found;
  found = { nodeFirst: new Map(), pairFirst: new Map() };
  const earliest = (map: Map<string, string>, key: string, day: string) => {
    const kept = map.get(key);
    if (kept === undefined || day < kept) map.set(key, day);
  };
  for (const edge of edges) {
    if (edge.since === null) continue;
    const day = completeDate(edge.since);
    earliest(found.nodeFirst, edge.source, day);
    earliest(found.nodeFirst, edge.target, day);
    const [a, b] = [groupOf(edge.source), groupOf(edge.target)];
    if (a !== b) earliest(found.pairFirst, pairKey(a, b), day);
  }
  firstsCache.set(edges, found);
  return found;
}

const count = <K>(map: Map<K, number>, key: K, by = 1) => map.set(key, (map.get(key) ?? 0) + by);
const top = <T>(list: T[], score: (t: T) => number) => list.sort((x, y) => score(y) - score(x)).slice(0, DIGEST_TOP);

/** The digest of `changes` (the period (after, at]); `before` are the changes of the period of the same length before. */
export function changeDigest(
  edges: readonly Dated[],
  changes: readonly Change<Dated>[],
  before: readonly Change<Dated>[],
  after: string,
  at: string,
  groupOf: (node: string) => string,
): Digest {
  const types = new Map<string, { type: string; began: number; ended: number }>();
  const groups = new Map<string, number>();
  const nodes = new Map<string, number>();
  for (const { kind, edge } of changes) {
    const entry = types.get(edge.type) ?? { type: edge.type, began: 0, ended: 0 };
    entry[kind]++;
    types.set(edge.type, entry);
    const [a, b] = [groupOf(edge.source), groupOf(edge.target)];
    count(groups, a);
    if (b !== a) count(groups, b);
    count(nodes, edge.source);
    if (edge.target !== edge.source) count(nodes, edge.target);
  }
  const earlier = new Map<string, number>();
  for (const { edge } of before) {
    count(earlier, edge.source);
    if (edge.target !== edge.source) count(earlier, edge.target);
  }
  const { nodeFirst, pairFirst } = firsts(edges, groupOf);
  const inPeriod = (day: string | undefined) => day !== undefined && day > after && day <= at;
  const firstLinks = [...pairFirst]
    .filter(([, day]) => inPeriod(day))
    .map(([key, date]) => {
      const [a, b] = key.split('\u0000') as [string, string];
      return { a, b, date };
    })
    .sort((x, y) => x.date.localeCompare(y.date))
    .slice(0, DIGEST_TOP);
  const rises = [...nodes].map(([node, now]) => ({ node, now, before: earlier.get(node) ?? 0 })).filter((n) => n.now > n.before);
  const fresh = [...nodes].filter(([node]) => inPeriod(nodeFirst.get(node))).map(([node, changes]) => ({ node, changes }));
  return {
    byType: top([...types.values()], (t) => t.began + t.ended),
    byGroup: top(
      [...groups].map(([group, changes]) => ({ group, changes })),
      (g) => g.changes,
    ),
    mostActive: top(rises, (n) => n.now - n.before),
    firstLinks,
    newHubs: top(fresh, (n) => n.changes),
  };
}
