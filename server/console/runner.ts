// Runs console Cypher: EXPLAIN first and refuse by the layers in layers.ts, then execute in a READ transaction
// with a timeout, streaming records and cancelling the rest once the row cap is reached.
import neo4j, { type Session } from 'neo4j-driver';
import { recordToJson, type Json } from '../db/convert.js';
import type { Database } from '../db/database.js';
import { translateNeo4jError } from '../db/errors.js';
import { QueryTimeoutError } from '../http/problems.js';
import { guardConsoleQuery, type Explained } from './guard.js';
import type { PlanNode } from './layers.js';
import { syntaxProblem } from './syntax-error.js';

/** The console's whole input is the statement; EXPLAIN is the one prefix ever put in front of it. */
const EXPLAIN_PREFIX = 'EXPLAIN ';
/** Extra time the Node side waits past the transaction timeout before giving up on Neo4j's own answer. */
const BACKSTOP_GRACE_MS = 2_000;

export interface ConsoleLimits { timeoutMs: number; rowLimit: number }
export interface ConsoleRows { columns: string[]; rows: { [key: string]: Json }[]; truncated: boolean; ms: number }

async function withReadSession<T>(db: Database, work: (session: Session) => Promise<T>, fetchSize?: number): Promise<T> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ, fetchSize });
  try {
    return await work(session);
  } catch (error) {
    throw syntaxProblem(error, EXPLAIN_PREFIX.length) ?? translateNeo4jError(error);
  } finally {
    void session.close().catch(() => undefined);
  }
}

/** Compiles the query without running it and returns Neo4j's queryType and plan. */
export async function explain(db: Database, query: string, params: Record<string, unknown>): Promise<Explained> {
  return withReadSession(db, async (session) => {
    const { summary } = await session.run(EXPLAIN_PREFIX + query, params);
    return { queryType: summary.queryType as string | undefined, plan: summary.plan ? (summary.plan as unknown as PlanNode) : null };
  });
}

/** Layer 4 alone: runs the query in a READ transaction with a timeout, keeping at most rowLimit rows. */
export async function runReadOnly(db: Database, query: string, params: Record<string, unknown>, limits: ConsoleLimits): Promise<ConsoleRows> {
  const started = performance.now();
  let backstop: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    backstop = setTimeout(() => reject(new QueryTimeoutError()), limits.timeoutMs + BACKSTOP_GRACE_MS);
  });
  const run = withReadSession(db, (session) => session.executeRead(async (tx) => {
    const result = tx.run(query, params);
    const rows: { [key: string]: Json }[] = [];
    let truncated = false;
    for await (const record of result) {
      if (rows.length === limits.rowLimit) {
        truncated = true;
        break;
      }
      rows.push(recordToJson(record));
    }
    return { columns: (await result.keys()).map(String), rows, truncated };
  }, { timeout: limits.timeoutMs }), Math.min(limits.rowLimit + 1, 1000));
  try {
    const out = await Promise.race([run, timedOut]);
    return { ...out, ms: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(backstop);
    run.catch(() => undefined);
  }
}

/** Guards, then runs: the console's full path. */
export async function runConsoleQuery(db: Database, query: string, params: Record<string, unknown>, limits: ConsoleLimits): Promise<ConsoleRows> {
  await guardConsoleQuery((q, p) => explain(db, q, p), query, params);
  return runReadOnly(db, query, params, limits);
}
