// What the foreign-schema scenarios share: the expectation shapes, the day of a stored value, and the Cypher that
// builds nodes and relationships from rows (labels, types and keys are the tests' own constants, never input).
import type { Lens, TimeProperty } from '../../contract/lens.js';
import type { Database } from '../../server/db/database.js';
import { build } from './_foreign-db.js';

export interface ExpectedEdge {
  type: string;
  from: string;
  to: string;
  since: string;
  until: string | null;
  sincePrecision?: 'year';
}

export interface Scenario {
  name: string;
  /** Builds the graph; returns the expectations. */
  build(db: Database): Promise<Expected>;
}

/** What Hulian should find in a scenario's graph. */
interface Expected {
  timeProperties: Record<string, TimeProperty[]>;
  lens: Lens;
  nodes: string[];
  edges: Map<string, ExpectedEdge>;
  /** "TYPE.key" of the time properties the scenario gave an index. */
  indexed?: string[];
}

export const isoDayOfMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** The calendar day an ISO date-time names in its own offset (what Neo4j's date(datetime(x)) gives). */
export const ownDay = (iso: string) => iso.slice(0, 10);

export async function people(db: Database, label: string, captionKey: string, rows: Record<string, unknown>[]) {
  await build(db, `UNWIND $rows AS row CREATE (n:\`${label}\`) SET n = row`, { rows });
  return rows.map((row) => String(row[captionKey]));
}

/** Links nodes found by their caption values (`row.from`, `row.to`) with one relationship per row. */
export const link = (from: [string, string], to: [string, string], type: string, set: string) =>
  `UNWIND $rows AS row MATCH (a:\`${from[0]}\` {\`${from[1]}\`: row.from}), (b:\`${to[0]}\` {\`${to[1]}\`: row.to}) CREATE (a)-[r:\`${type}\`]->(b) SET ${set}`;
