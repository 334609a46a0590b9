// A foreign temporal network for the scale benchmark (issue #19), written straight through the driver in a schema
// Hulian did not make: (:Account {acct_no})-[:PAID {paid_at: DateTime, amount}]->(:Account), skewed in who and when.
import neo4j, { type Driver } from 'neo4j-driver';
import { seededRandom } from '../server/analysis/seeded-random.js';

export interface ScaleSpec {
  relationships: number;
  accounts: number;
  /** First day of the span (UTC) and its length in years. */
  from: string;
  years: number;
  seed: number;
}

export const SCALE_DEFAULTS = { accounts: 100_000, from: '2021-01-01', years: 3, seed: 19 } as const;
const BATCH = 20_000;

/** A Zipf-like index in [0, n): a few accounts take most of the payments (exponent about 1). */
function skewedIndex(random: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(Math.exp(random() * Math.log(n + 1)) - 1));
}

/** A time in the span whose density rises and falls: a busy second year and a quiet tail. */
function skewedTime(random: () => number, startMs: number, spanMs: number): number {
  const u = (random() + random() + random()) / 3;
  return startMs + Math.floor(Math.min(0.999999, u * 0.9 + random() * 0.1) * spanMs);
}

/** Empties the database and writes the network in batches; calls `progress(done, total)` after each batch. */
export async function writeScaleNetwork(
  driver: Driver,
  database: string,
  spec: ScaleSpec,
  progress: (done: number, total: number) => void = () => {},
): Promise<void> {
  const session = () => driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  const run = async (text: string, params: Record<string, unknown> = {}) => {
    const s = session();
    try {
      await s.run(text, params);
    } finally {
      await s.close();
    }
  };
  await run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  await run('CREATE CONSTRAINT scale_account IF NOT EXISTS FOR (a:Account) REQUIRE a.acct_no IS UNIQUE');
  await run('CREATE INDEX scale_paid_at IF NOT EXISTS FOR ()-[r:PAID]-() ON (r.paid_at)');
  await run('CALL db.awaitIndexes(300)');
  for (let i = 0; i < spec.accounts; i += BATCH) {
    await run('UNWIND range($from, $to - 1) AS n CREATE (:Account {acct_no: n, region: ["north", "south", "east", "west"][n % 4]})', {
      from: neo4j.int(i),
      to: neo4j.int(Math.min(spec.accounts, i + BATCH)),
    });
  }
  const random = seededRandom(spec.seed);
  const startMs = Date.parse(`${spec.from}T00:00:00Z`);
  const spanMs = Date.parse(`${Number(spec.from.slice(0, 4)) + spec.years}${spec.from.slice(4)}T00:00:00Z`) - startMs;
  for (let done = 0; done < spec.relationships; done += BATCH) {
    const size = Math.min(BATCH, spec.relationships - done);
    const rows = Array.from({ length: size }, () => ({
      a: skewedIndex(random, spec.accounts),
      b: Math.floor(random() * spec.accounts),
      t: skewedTime(random, startMs, spanMs),
      amount: Math.round(random() * 10_000) / 100,
    }));
    await run(
      'UNWIND $rows AS row MATCH (a:Account {acct_no: toInteger(row.a)}), (b:Account {acct_no: toInteger(row.b)}) ' +
        'CREATE (a)-[:PAID {paid_at: datetime({epochMillis: toInteger(row.t)}), amount: row.amount}]->(b)',
      { rows },
    );
    progress(done + size, spec.relationships);
  }
}
