// Search, one implementation for every database: through a full-text index of the user's own when one covers a shown
// label's caption (every word of the text, as a prefix, any order), else lens-search (captions, and on Hulian's own data
// Chinese names, aliases and search keys); ranked exact > prefix > contains, at most `limit` results.
import neo4j from 'neo4j-driver';
import type { Database } from '../db/database.js';
import type { Reading } from '../lens/reading.js';
import { readFixed, readThrough } from '../lens/run.js';
import { readIndexes } from '../lens/schema-read.js';
import { nodesByIds, readingFor } from './node-reads.js';

/** How many full-text hits are ranked. */
const FULLTEXT_HITS = 200;
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** The name of an online full-text node index over a shown label's caption property, if the database has one. */
async function captionFullTextIndex(db: Database, reading: Reading): Promise<string | null> {
  if (reading.own) return null;
  const { lens } = reading;
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

/** Ranked hits of the user's full-text index: its order within a score, the caption's exact/prefix/contains first. */
async function fullTextHits(db: Database, reading: Reading, index: string, q: string, limit: number) {
  const wanted = q.trim().toLowerCase();
  const rows = await readFixed(db, 'lens-search-fulltext', { index, query: luceneQuery(wanted), limit: neo4j.int(FULLTEXT_HITS) });
  const rank = new Map(rows.map((row, i) => [String(row.id), i]));
  const nodes = await nodesByIds(db, rank.keys(), reading);
  const hits = nodes.map((node) => ({ node, rank: rank.get(node.id)!, score: Math.max(1, scoreOf(node.name.toLowerCase(), wanted)) }));
  hits.sort((a, b) => b.score - a.score || a.rank - b.rank);
  return hits.slice(0, limit).map((h) => ({ ...h.node, score: h.score, matched: 'name' }));
}

/** Ranked search, as /api/nodes?q= answers it. */
export async function searchNodes(db: Database, q: string, limit: number) {
  const reading = await readingFor(db);
  if (!reading) return { q, results: [] };
  const index = await captionFullTextIndex(db, reading);
  if (index) return { q, results: await fullTextHits(db, reading, index, q, limit) };
  const hits = await readThrough(db, reading, 'lens-search', { q, limit: neo4j.int(limit) });
  const byId = new Map(
    (
      await nodesByIds(
        db,
        hits.map((h) => String(h.id)),
        reading,
      )
    ).map((n) => [n.id, n]),
  );
  const results = hits
    .filter((h) => byId.has(String(h.id)))
    .map((h) => ({ ...byId.get(String(h.id))!, score: Number(h.score), matched: String(h.matched) }));
  return { q, results };
}
