// POST /api/cypher: the read-only console. Rate-limited per client, bounded in concurrency, guarded before it
// runs (server/console/layers.ts), executed in a READ transaction with a timeout and a row cap.
import { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Config } from '../config/config.js';
import { BusyError, ConcurrencyGate } from '../console/gate.js';
import { consoleGraph } from '../console/graph.js';
import { toDriverParams } from '../console/params.js';
import { runConsoleQuery } from '../console/runner.js';
import type { Database } from '../db/database.js';
import { sendProblem } from '../http/problem-handler.js';
import { AppError } from '../http/problems.js';
import { validate } from '../http/params.js';
import { cypherBody } from '../http/requests.js';

/** Console queries beyond config.CONSOLE_CONCURRENCY wait up to this long (at most two per slot), then get a 429. */
export const CONSOLE_WAIT_MS = 2_000;

/** POST /cypher. */
export function cypherRoutes(db: Database, config: Config): Router {
  const router = Router();
  const gate = new ConcurrencyGate(config.CONSOLE_CONCURRENCY, {
    maxWaitMs: CONSOLE_WAIT_MS, retryAfterS: 2,
    busyDetail: `All ${config.CONSOLE_CONCURRENCY} console slots are taken (the console may not take the fixed endpoints' CPU); try again in a moment.`,
  });
  const limiter = rateLimit({
    windowMs: 60_000, limit: config.CONSOLE_RATE_PER_MIN, standardHeaders: 'draft-8', legacyHeaders: false,
    handler: (req, res) => sendProblem(res, new AppError(429, 'Too many requests',
      `The console allows ${config.CONSOLE_RATE_PER_MIN} queries per minute per client; wait a moment.`, { reason: 'rate-limit' }), req.originalUrl),
  });
  router.post('/cypher', limiter, async (req, res) => {
    const { query, params } = validate(cypherBody, req.body ?? {}, 'body');
    const limits = { timeoutMs: config.QUERY_TIMEOUT_MS, rowLimit: config.CONSOLE_ROW_LIMIT };
    const result = await gate.run(() => runConsoleQuery(db, query, toDriverParams(params) as Record<string, unknown>, limits))
      .catch((error: unknown) => {
        if (error instanceof BusyError) res.setHeader('Retry-After', String(error.retryAfterS));
        throw error;
      });
    const graph = await consoleGraph(db, result.rows);
    res.json({ columns: result.columns, rows: result.rows, truncated: result.truncated, rowLimit: limits.rowLimit, timing: { ms: result.ms }, graph });
  });
  return router;
}
