// The console's run layer (server/console/runner.ts, watchdog.ts) against the real Neo4j with the judgement skipped:
// the READ transaction, the row cap, the byte budget, the deadline on EXPLAIN and the run, the watchdog, its own pool.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonBytes } from '../../server/console/json-bytes.js';
import { explain, runReadOnly } from '../../server/console/runner.js';
import { ConsoleWatchdog, RUN_METADATA_KEY } from '../../server/console/watchdog.js';
import type { Database } from '../../server/db/database.js';
import { AppError, ForbiddenQueryError, QueryTimeoutError } from '../../server/http/problems.js';
import { testDatabase } from '../_server.js';
import { countAll } from './_api-expectations.js';

let db: Database;
let watchdog: ConsoleWatchdog;
beforeAll(() => {
  db = testDatabase();
  watchdog = new ConsoleWatchdog(db);
});
afterAll(async () => db?.close());
const limits = { timeoutMs: 2_000, rowLimit: 5, maxBytes: 1024 * 1024 };

/** A pattern of `n` nodes all linked to each other: cheap to run on an empty match, slow to plan. */
const clique = (n: number) => {
  const pairs: string[] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push(`(a${i})--(a${j})`);
  return `MATCH ${pairs.join(', ')} RETURN count(*) AS c`;
};

describe('the READ transaction', () => {
  it('when a write runs without the judgement, then the READ transaction refuses it and nothing changes', async () => {
    const before = await countAll(db);
    for (const query of [
      'CREATE (x:Escape {id: "layer-4"})',
      'MATCH (n:Entity {id: "taobao"}) SET n.name = "hacked"',
      "CALL db.createLabel('Escape')",
    ]) {
      const error = await runReadOnly({ db }, query, {}, limits).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ForbiddenQueryError);
      expect((error as ForbiddenQueryError).extras.reason).toBe('read-only');
    }
    expect(await countAll(db)).toEqual(before);
  });

  it('when LOAD CSV from file:/// runs without the judgement, then Neo4j refuses to read the file', async () => {
    const error = await runReadOnly({ db }, "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", {}, limits).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBeLessThan(500);
    expect((error as AppError).detail).not.toMatch(/passwd|dbms\.|allow_csv/);
  });

  it('when CALL { … } IN TRANSACTIONS runs without the judgement, then the managed transaction refuses it', async () => {
    const before = await countAll(db);
    const error = await runReadOnly({ db }, 'CALL () { CREATE (:Escape) } IN TRANSACTIONS', {}, limits).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBeGreaterThanOrEqual(400);
    expect((error as AppError).status).toBeLessThan(500);
    expect(await countAll(db)).toEqual(before);
  });
});

describe('the limits on an answer', () => {
  it('should stop at the row cap and say which limit cut it', async () => {
    const out = await runReadOnly({ db }, 'UNWIND range(1, 1000000) AS i RETURN i', {}, limits);
    expect(out.rows).toHaveLength(limits.rowLimit);
    expect(out).toMatchObject({ truncated: true, truncatedBy: 'rows', columns: ['i'] });
    const small = await runReadOnly({ db }, 'UNWIND range(1, 5) AS i RETURN i', {}, limits);
    expect(small).toMatchObject({ truncated: false, truncatedBy: null });
  });

  it('when rows are large, then the answer stops within the byte budget and says so', async () => {
    const query = "WITH reduce(s = 'x', i IN range(1, 16) | s + s) AS big UNWIND range(1, 1000) AS i RETURN i, big";
    const out = await runReadOnly({ db }, query, {}, { ...limits, rowLimit: 1000 });
    expect(out).toMatchObject({ truncated: true, truncatedBy: 'bytes' });
    const rowBytes = jsonBytes(out.rows[0]);
    expect(rowBytes).toBeGreaterThan(65_536);
    expect(out.rows.length).toBe(Math.floor(limits.maxBytes / rowBytes));
  });
});

describe('memory', () => {
  it('when a query needs more memory than one transaction may use, then it is a 422 "query too large"', async () => {
    const padding = 'p'.repeat(200);
    const query = `UNWIND range(1, 1000000) AS i WITH toString(i) + $padding AS s
      RETURN size(collect(s)) + size(collect(s + 'a')) + size(collect(s + 'b')) + size(collect(s + 'c')) AS n`;
    const error = await runReadOnly({ db, watchdog }, query, { padding }, { ...limits, timeoutMs: 30_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(422);
    expect((error as AppError).detail).not.toMatch(/dbms\.|db\.memory/);
  });
});

describe('the deadline and the watchdog', () => {
  it('should give EXPLAIN the same time limit as the run', async () => {
    const started = Date.now();
    const error = await explain({ db, watchdog }, clique(12), {}, 1_000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect(Date.now() - started).toBeLessThan(1_000 + 500 + 3_000);
  });

  it("should find a run's transactions by their metadata, terminate them and see them gone", async () => {
    const run = `test-${Date.now()}`;
    const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
    const tx = await session.beginTransaction({ metadata: { [RUN_METADATA_KEY]: run } });
    const slow = tx.run('UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 99 RETURN count(*)').then(
      () => 'finished',
      (e: unknown) => e,
    );
    await expect.poll(() => watchdog.running(run), { timeout: 5_000 }).toHaveLength(1);
    const termination = await watchdog.terminate(run);
    expect(termination).toMatchObject({ found: 1, gone: true });
    expect(await watchdog.running(run)).toEqual([]);
    expect(await slow).not.toBe('finished');
    await session.close().catch(() => undefined);
  });

  it('when a run outlives its timeout, then it answers 504 and nothing of it is left running', async () => {
    const run = `late-${Date.now()}`;
    const query = 'UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 99 RETURN count(*)';
    const error = await runReadOnly({ db, watchdog }, query, {}, { ...limits, timeoutMs: 500 }, run).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect(await watchdog.running(run)).toEqual([]);
  });
});

describe("the console's own pool", () => {
  it("when the console's pool is taken, then the fixed endpoints' pool still answers at once", async () => {
    const consoleDb = db.withOwnPool(1);
    const run = `pool-${Date.now()}`;
    // Ten billion rows: no machine counts them within the 4 s timeout, so the pool stays taken until it ends.
    const holding = runReadOnly(
      { db: consoleDb, watchdog },
      'UNWIND range(1, 10000000000) AS i WITH i WHERE i % 7 = 99 RETURN count(*)',
      {},
      { ...limits, timeoutMs: 4_000 },
      run,
    ).catch((e: unknown) => e);
    await expect.poll(() => watchdog.running(run), { timeout: 5_000 }).toHaveLength(1);
    const started = Date.now();
    expect(await db.read('count-data')).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await holding).toBeInstanceOf(QueryTimeoutError);
    await consoleDb.close();
  });
});
