// Search on a foreign database: through a full-text index of the user's own when one covers a shown label's caption
// (every word of the text, as a prefix, in any order), else a scan of the captions in memory; ranked as nodes-search
// ranks names (exact > prefix > contains; a full-text hit whose caption does not contain the text counts as contains).
import neo4j from 'neo4j-driver';
import { withCurrentGroups } from '../analysis/grouping-cache.js';
import type { Database } from '../db/database.js';
import { lensStateOf } from '../lens/lens-state.js';
import { readFixed } from '../lens/run.js';
import { readIndexes } from '../lens/schema-read.js';
import { foreignNetwork } from './foreign-network.js';
import type { ApiNode } from './model.js';

/** How many full-text hits are ranked (the scan ranks every caption). */
const FULLTEXT_HITS = 200;
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** The name of an online full-text node index over a shown label's caption property, if the database has one. */
async function captionFullTextIndex(db: Database): Promise<string | null> {
  const { lens } = await lensStateOf(db);
  if (!lens) return null;
  const index = (await readIndexes(db)).find(
    (i) =>
      i.type === 'FULLTEXT' &&
      i.entityType === 'NODE' &&
      i.labelsOrTypes.some((label) => lens.labels.includes(label) && i.properties.includes(lens.captions[label] ?? '')),
  );
  return index?.name ?? null;
}

/** Every word of `q` as an escaped Lucene prefix, all required. */
function luceneQuery(q: string): string {
  return q
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `${word.replace(LUCENE_SPECIAL, (c) => `\\${c}`)}*`)
    .join(' AND ');
}

const scoreOf = (caption: string, wanted: string) =>
  caption === wanted ? 3 : caption.startsWith(wanted) ? 2 : caption.includes(wanted) ? 1 : 0;

/** Ranked search over captions, as /api/nodes?q= answers it. */
export async function foreignSearch(db: Database, q: string, limit: number) {
  const network = await foreignNetwork(db);
  const wanted = q.trim().toLowerCase();
  const index = await captionFullTextIndex(db);
  let candidates: ApiNode[];
  if (index) {
    const rows = await readFixed(db, 'lens-search-fulltext', { index, query: luceneQuery(wanted), limit: neo4j.int(FULLTEXT_HITS) });
    candidates = rows.map((row) => network.nodeById.get(String(row.id))).filter((n): n is ApiNode => n !== undefined);
  } else candidates = network.nodes.filter((n) => n.name.toLowerCase().includes(wanted));
  const hits = candidates.map((node, rank) => ({ node, rank, score: Math.max(1, scoreOf(node.name.toLowerCase(), wanted)) }));
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      (index ? a.rank - b.rank : 0) ||
      a.node.name.length - b.node.name.length ||
      (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0),
  );
  const top = hits.slice(0, limit);
  const results = withCurrentGroups(top.map((h) => h.node)).map((node, i) => ({ ...node, score: top[i]!.score, matched: 'name' }));
  return { q, results };
}
