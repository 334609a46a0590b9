// The floor of the import bench, measured in the same Neo4j right after the import: the simplest UNWIND … CREATE of
// batches of the same file's rows, with the same stored properties, no marker, no checks, no Node-side validation.
import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import type { Database } from '../server/db/database.js';

export interface ImportFloor {
  batchSize: number;
  batches: number;
  /** Wall time per batch (send, write, commit), ms. */
  minMs: number;
  medianMs: number;
  maxMs: number;
  relationshipsPerSecond: number;
}

const FLOOR_QUERY =
  'UNWIND $rows AS row MATCH (a:Entity {id: row.source}) MATCH (b:Entity {id: row.target}) CREATE (a)-[r:FLOOR_PAYS]->(b) SET r = row.props';

/** Rows `from`…`to` of a writeEdgeList file (`source,target,rating,unix_time`) as the import stores them. */
function floorRows(lines: string[], from: number, to: number, prefix: string) {
  return lines.slice(from, to).map((line, i) => {
    const [source, target, rating, time] = line.split(',');
    const day = new Date(Number(time) * 1000);
    return {
      source: `${prefix}${source}`,
      target: `${prefix}${target}`,
      props: {
        id: `${prefix}floor-${from + i}`,
        rating: Number(rating),
        since: new neo4j.types.Date(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()),
        sincePrecision: 'day',
        sources: [`${prefix}src`],
        sourcePointers: [`${prefix}src line ${from + i + 1}`],
      },
    };
  });
}

/** Writes `batches` batches of `batchSize` rows of `csv` (nodes named with `prefix`, already imported), one
 * transaction each, then deletes them. */
export async function measureFloor(db: Database, csv: string, prefix: string, batchSize = 10_000, batches = 20): Promise<ImportFloor> {
  const lines = readFileSync(csv, 'utf8').split('\n', batchSize * batches);
  const times: number[] = [];
  for (let from = 0; from < lines.length; from += batchSize) {
    const rows = floorRows(lines, from, from + batchSize, prefix);
    const started = Date.now();
    await db.withSession('WRITE', (session) => session.executeWrite((tx) => tx.run(FLOOR_QUERY, { rows })));
    times.push(Date.now() - started);
  }
  await db.withSession('WRITE', (session) =>
    session.run('MATCH ()-[r:FLOOR_PAYS]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS'),
  );
  const sorted = [...times].sort((a, b) => a - b);
  const total = times.reduce((sum, ms) => sum + ms, 0);
  return {
    batchSize,
    batches: times.length,
    minMs: sorted[0] ?? 0,
    medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
    maxMs: sorted.at(-1) ?? 0,
    relationshipsPerSecond: Math.round((lines.length / total) * 1000),
  };
}
