// Retries one step of a batched import (a batch, the completing transaction) when Neo4j says the failure is
// transient, saying each time what failed and why; any other failure, or the last attempt's, goes to the caller.
import { isRetriableError, Neo4jError } from 'neo4j-driver';
import { recordToJson } from '../db/convert.js';
import type { Database, Params, Row } from '../db/database.js';

export interface RetryNotice {
  /** What failed, e.g. "batch 12 of 100". */
  step: string;
  attempt: number;
  attempts: number;
  /** Neo4j's error code (or the error's name) and message. */
  reason: string;
  waitMs: number;
}

/** "batch 12 of 100 failed (Neo.TransientError.…: …); retrying it in 2.0 s (attempt 2 of 5)". */
export function describeRetry(notice: RetryNotice): string {
  return (
    `${notice.step} failed (${notice.reason}); retrying it in ${(notice.waitMs / 1000).toFixed(1)} s ` +
    `(attempt ${notice.attempt + 1} of ${notice.attempts}); what was committed before it stays`
  );
}

/** Whether a failure is worth another try: Neo4j's transient errors, a lost connection, a deadlock. */
function isTransient(error: unknown): boolean {
  return isRetriableError(error as Error);
}

const reasonOf = (error: unknown) =>
  error instanceof Neo4jError ? `${error.code}: ${error.message.split('\n')[0]}` : error instanceof Error ? error.message : String(error);

/** Runs `work`; on a transient failure waits (1 s, 2 s, 4 s, …) and runs it again, up to `attempts` times in all. */
export async function withRetry<T>(
  step: string,
  work: () => Promise<T>,
  onRetry: (notice: RetryNotice) => void,
  { attempts = 5, firstWaitMs = 1_000, transient = isTransient } = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !transient(error)) throw error;
      const waitMs = firstWaitMs * 2 ** (attempt - 1);
      onRetry({ step, attempt, attempts, reason: reasonOf(error), waitMs });
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }
}

/** Carries a driver error through Database.withSession untranslated, so its code decides whether to retry. */
class Untranslated extends Error {
  constructor(readonly original: unknown) {
    super('untranslated');
  }
}

/** Runs a named query in its own auto-commit transaction (needed by CALL … IN TRANSACTIONS); errors come out as the driver's. */
export async function runAutoCommit(db: Database, name: string, params: Params = {}): Promise<Row[]> {
  const query = db.queries.prepare(name, params);
  try {
    return await db.withSession('WRITE', async (session) => {
      try {
        return (await session.run(query.text, params)).records.map(recordToJson);
      } catch (error) {
        throw new Untranslated(error);
      }
    });
  } catch (error) {
    throw error instanceof Untranslated ? error.original : error;
  }
}

/** Runs named queries one after another in ONE write transaction (`work` gets a runner); errors come out as the driver's,
 * and nothing of the transaction stays when one fails. */
export async function runInOneTransaction<T>(
  db: Database,
  work: (run: (name: string, params: Params) => Promise<Row[]>) => Promise<T>,
): Promise<T> {
  try {
    return await db.withSession('WRITE', async (session) => {
      const tx = session.beginTransaction();
      try {
        const result = await work(async (name, params) =>
          (await tx.run(db.queries.prepare(name, params).text, params)).records.map(recordToJson),
        );
        await tx.commit();
        return result;
      } catch (error) {
        await tx.rollback().catch(() => undefined);
        throw new Untranslated(error);
      }
    });
  } catch (error) {
    throw error instanceof Untranslated ? error.original : error;
  }
}
