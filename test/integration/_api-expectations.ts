// Test helper: expectations derived from the bundled data/*.json (not from the server's code), and a
// counter of the database's nodes and relationships for "nothing changed" checks.
import { readDatasetDir } from '../../server/import/bundled.js';
import { parsePartialDate, parsePartialEnd } from '../../server/import/dates.js';
import type { Database } from '../../server/db/database.js';

interface RawRelationship {
  id: string;
  source: string;
  target: string;
  type: string;
  since: string | null;
  until?: string | null;
}
type DatedRelationship = RawRelationship & { since: string };
interface RawNode {
  id: string;
  name: string;
  nameZh?: string;
  aliases?: string[];
  owner?: string | null;
  kind: string;
}

export const dataset = readDatasetDir();
/** The dated relationships: one whose sources give no start (since null, "unstated") is in no dated endpoint. */
export const relationships = (dataset.relationships as RawRelationship[]).filter((r): r is DatedRelationship => r.since !== null);
export const nodes = dataset.nodes as RawNode[];
export const vocabulary = dataset.vocabulary as { type: string; category: string }[];

/** The first day of a partial date ("2021-09" → "2021-09-01"). */
export function isoDay(partial: string | null | undefined): string | null {
  if (!partial) return null;
  const parsed = parsePartialDate(partial);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed.date;
}

/** Ids of the relationships in data/relationships.json in force on `day`. */
export function idsInForce(day: string): string[] {
  return relationships
    .filter((r) => {
      const since = isoDay(r.since)!;
      const until = r.until ? (parsePartialEnd(r.until) as { date: string }).date : null; // an end: its period's last day
      return since <= day && (until === null || until > day);
    })
    .map((r) => r.id)
    .sort();
}

/** Counts every node and relationship in the database. */
export async function countAll(db: Database): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read('count-data');
  return { nodes: Number(row?.nodes), relationships: Number(row?.relationships) };
}
