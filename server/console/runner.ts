// Runs console Cypher on the console's own pool: EXPLAIN and the run are both bounded by the deadline and tagged
// with a run id, so the watchdog can terminate what outlives it; rows stream under a row cap and a byte budget.
import { randomUUID } from 'node:crypto';
import neo4j, { type Session, type Transaction } from 'neo4j-driver';
import { recordToJson, type Json } from '../db/convert.js';
import type { Database } from '../db/database.js';
import { AppError, QueryTimeoutError } from '../errors/app-errors.js';
import { consoleError } from './console-errors.js';
import { jsonBytes } from './json-bytes.js';
import { guardConsoleQuery, type Explained } from './guard.js';
import type { PlanNode } from './layers.js';
import { RUN_METADATA_KEY, type ConsoleWatchdog } from './watchdog.js';

/** The console's whole input is the statement; EXPLAIN is the one prefix ever put in front of it. */
const EXPLAIN_PREFIX = 'EXPLAIN ';
/** Extra time the Node side waits past the transaction timeout for Neo4j's own answer before the watchdog steps in. */
const BACKSTOP_GRACE_MS = 500;
/** Rows asked of Neo4j at a time: small, so a byte budget reached early leaves little in flight. */
const FETCH_ROWS = 10;

export interface ConsoleLimits {
  timeoutMs: number;
  rowLimit: number;
  /** Most bytes of row JSON one answer carries; past it the rest is cancelled and the answer says so. */
  maxBytes: number;
}
/** Why an answer holds fewer rows than the query would give: the row cap or the byte budget. */
type TruncatedBy = 'rows' | 'bytes' | null;
export interface ConsoleRows {
  columns: string[];
  rows: { [key: string]: Json }[];
  truncated: boolean;
  truncatedBy: TruncatedBy;
  ms: number;
}

/** Where the console's work runs: its own pool (behind the byte fuse when there is one), and the watchdog. */
export interface ConsoleTarget {
  db: Database;
  watchdog?: ConsoleWatchdog;
  /** The relay that cuts a connection when Neo4j sends too much at once (byte-fuse.ts). */
  fuse?: { readonly blown: number };
}

/** Told when a run's connection is given back (its session closed): the console's slot stays taken until then. */
export type Hold = (released: Promise<unknown>) => void;

/** 422: Neo4j sent more at once than the fuse allows (huge rows, or an error quoting a huge value); cut before decoding. */
const rowsTooLarge = () =>
  new AppError(
    422,
    'Answer too large',
    'Neo4j started sending an answer far larger than the console returns (huge rows, or an error message quoting a huge value), so the console stopped reading it. Return less per row: fewer or smaller columns, size(…) of a list instead of the list, or a LIMIT.',
    { reason: 'row-bytes' },
  );

/**
 * Runs `work` in an explicit READ transaction tagged with `run`, with the given timeout (no retries: a console query
 * runs once); errors come out as bounded AppErrors. `hold` learns when the connection is back in the pool.
 */
async function inReadTransaction<T>(
  target: ConsoleTarget,
  run: string,
  timeoutMs: number,
  work: (tx: Transaction) => Promise<T>,
  hold?: Hold,
): Promise<T> {
  const { db, fuse } = target;
  const blownBefore = fuse?.blown ?? 0;
  const session: Session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ, fetchSize: FETCH_ROWS });
  try {
    const tx = session.beginTransaction({ timeout: timeoutMs, metadata: { [RUN_METADATA_KEY]: run } });
    const out = await work(tx);
    await tx.commit();
    return out;
  } catch (error) {
    if (fuse && fuse.blown > blownBefore) throw rowsTooLarge();
    throw consoleError(error, EXPLAIN_PREFIX.length);
  } finally {
    const closed = session.close().catch(() => undefined);
    hold?.(closed);
  }
}

/**
 * Bounds `work` by the deadline: past timeout + grace it answers a QueryTimeoutError, whatever Neo4j does. After any
 * timeout the watchdog terminates the run's transactions and checks that they are gone before the error goes out.
 */
async function withinDeadline<T>(target: ConsoleTarget, run: string, timeoutMs: number, work: Promise<T>): Promise<T> {
  let backstop: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    backstop = setTimeout(() => reject(new QueryTimeoutError()), timeoutMs + BACKSTOP_GRACE_MS);
  });
  try {
    return await Promise.race([work, late]);
  } catch (error) {
    if (error instanceof QueryTimeoutError) await target.watchdog?.terminate(run).catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(backstop);
    work.catch(() => undefined);
  }
}

/** Compiles the query without running it, within the same time limit as a run, and returns Neo4j's queryType and plan. */
export async function explain(
  target: ConsoleTarget,
  query: string,
  params: Record<string, unknown>,
  timeoutMs: number,
  run: string = randomUUID(),
  hold?: Hold,
): Promise<Explained> {
  const work = inReadTransaction(
    target,
    run,
    timeoutMs,
    async (tx) => {
      const { summary } = await tx.run(EXPLAIN_PREFIX + query, params);
      return { queryType: summary.queryType as string | undefined, plan: summary.plan ? (summary.plan as unknown as PlanNode) : null };
    },
    hold,
  );
  return withinDeadline(target, run, timeoutMs, work);
}

/** The run alone (no judgement): a READ transaction with a timeout, keeping at most rowLimit rows and maxBytes bytes. */
export async function runReadOnly(
  target: ConsoleTarget,
  query: string,
  params: Record<string, unknown>,
  limits: ConsoleLimits,
  run: string = randomUUID(),
  hold?: Hold,
): Promise<ConsoleRows> {
  const started = performance.now();
  const work = inReadTransaction(
    target,
    run,
    limits.timeoutMs,
    async (tx) => {
      const result = tx.run(query, params);
      const rows: { [key: string]: Json }[] = [];
      let bytes = 0;
      let truncatedBy: TruncatedBy = null;
      for await (const record of result) {
        if (rows.length === limits.rowLimit) {
          truncatedBy = 'rows';
          break;
        }
        const row = recordToJson(record);
        bytes += jsonBytes(row);
        if (bytes > limits.maxBytes) {
          truncatedBy = 'bytes';
          break;
        }
        rows.push(row);
      }
      return { columns: (await result.keys()).map(String), rows, truncated: truncatedBy !== null, truncatedBy };
    },
    hold,
  );
  const out = await withinDeadline(target, run, limits.timeoutMs, work);
  return { ...out, ms: Math.round(performance.now() - started) };
}

/** Judges, then runs: the console's full path. EXPLAIN and the run share one run id and one time limit each. */
export async function runConsoleQuery(
  target: ConsoleTarget,
  query: string,
  params: Record<string, unknown>,
  limits: ConsoleLimits,
  hold?: Hold,
): Promise<ConsoleRows> {
  const run = randomUUID();
  await guardConsoleQuery((q, p) => explain(target, q, p, limits.timeoutMs, run, hold), query, params);
  return runReadOnly(target, query, params, limits, run, hold);
}
