// POST /api/cypher: the read-only console. Rate-limited per client, bounded in concurrency and CPU share, behind the
// fixed endpoints (console/budget-gate.ts), judged before it runs (console/guard.ts), run on its own connection pool
// in a READ transaction with a deadline the watchdog enforces, a row cap and a byte budget (console/runner.ts).
import { Router } from 'express';
import { availableParallelism } from 'node:os';
import { rateLimit } from 'express-rate-limit';
import type { Config } from '../config/config.js';
import { BudgetGate } from '../console/budget-gate.js';
import { canFuse, startByteFuse } from '../console/byte-fuse.js';
import { consoleGraph } from '../console/graph.js';
import { toDriverParams } from '../console/params.js';
import { runConsoleQuery, type ConsoleTarget } from '../console/runner.js';
import { StuckRuns } from '../console/stuck-runs.js';
import { ConsoleWatchdog } from '../console/watchdog.js';
import type { Database } from '../db/database.js';
import { restartForRunaway } from '../neo4j-process/runaway.js';
import { sendProblem } from '../http/problem-handler.js';
import { fixedEndpointLoad, type RouteGuards } from '../http/request-guard.js';
import { AppError } from '../http/problems.js';
import { validate } from '../http/params.js';
import { cypherBody } from '../http/requests.js';

/** Console queries beyond config.CONSOLE_CONCURRENCY wait up to this long (at most two per slot), then get a 429. */
const CONSOLE_WAIT_MS = 2_000;
/** The console starts no query while this many fixed-endpoint requests are queued or in flight: one per core. */
const CONSOLE_YIELDS_AT = availableParallelism();
/** The byte fuse cuts a console connection when Neo4j sends more than this in one batch of rows (byte-fuse.ts). */
const fuseLimit = (maxBytes: number) => Math.max(8 * 2 ** 20, 4 * maxBytes);
const warn = (message: string) => console.warn(`hulian: ${message}`);

/**
 * The console's own pool (one connection per slot and one for the answer's graph; never the fixed endpoints'),
 * behind a byte fuse when Neo4j is reached over plain Bolt (the embedded one always is).
 */
async function consoleTarget(db: Database, config: Config, watchdog: ConsoleWatchdog): Promise<ConsoleTarget> {
  const uri = db.target?.uri;
  const fuse = uri && canFuse(uri) ? await startByteFuse(uri, fuseLimit(config.CONSOLE_MAX_BYTES)) : undefined;
  return { db: db.withOwnPool(config.CONSOLE_CONCURRENCY + 1, fuse?.uri), watchdog, fuse };
}

/** POST /cypher. */
export function cypherRoutes(db: Database, config: Config, guards: RouteGuards): Router {
  const router = Router();
  const gate = new BudgetGate({
    slots: config.CONSOLE_CONCURRENCY,
    cpuShare: config.CONSOLE_CPU_SHARE,
    cores: availableParallelism(),
    maxWaitMs: CONSOLE_WAIT_MS,
    busyDetail: `The console is at its share of the server (${config.CONSOLE_CONCURRENCY} slots, ${config.CONSOLE_CPU_SHARE} of the CPU, after the fixed endpoints); try again in a moment.`,
  });
  let target: Promise<ConsoleTarget> | undefined;
  /** A run still listed RUNAWAY_LIMIT_MS after TERMINATE: restart an embedded Neo4j, and give the console a fresh pool. */
  const onRunaway = async (run: string, listedMs: number) => {
    const reason = `console run ${run} was still running ${Math.round(listedMs / 1000)} s after TERMINATE`;
    const restarted = restartForRunaway(reason);
    warn(
      restarted
        ? `${reason}; the embedded Neo4j is being restarted (see /api/health).`
        : `${reason}; Hulian does not restart a Neo4j it did not start: set db.transaction.timeout and memory limits on it (docs/console.md). The console takes a fresh connection pool.`,
    );
    const current = await target!;
    const old = current.db;
    current.db = db.withOwnPool(config.CONSOLE_CONCURRENCY + 1, current.db.target?.uri);
    await old.close().catch(() => undefined);
  };
  const stuck = new StuckRuns(new ConsoleWatchdog(db), { onRunaway: (run, ms) => void onRunaway(run, ms), log: (m) => warn(m) });
  const watchdog = new ConsoleWatchdog(db, {
    onStuck: (run, t) => {
      warn(`console run ${run}: ${t.found} transaction(s) still listed ${t.ms} ms after TERMINATE; following it`);
      void stuck.follow(run);
    },
  });
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: config.CONSOLE_RATE_PER_MIN,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // X-Forwarded-For from an untrusted client is ignored on purpose (TRUST_PROXY decides), so no warning for it.
    validate: { xForwardedForHeader: false },
    handler: (req, res) =>
      sendProblem(
        res,
        new AppError(
          429,
          'Too many requests',
          `The console allows ${config.CONSOLE_RATE_PER_MIN} queries per minute per client; wait a moment.`,
          { reason: 'rate-limit' },
        ),
        req.originalUrl,
      ),
  });
  router.post('/cypher', guards.console, limiter, async (req, res) => {
    const { query, params } = validate(cypherBody, req.body ?? {}, 'body');
    const limits = { timeoutMs: config.QUERY_TIMEOUT_MS, rowLimit: config.CONSOLE_ROW_LIMIT, maxBytes: config.CONSOLE_MAX_BYTES };
    const fixed = { fixedLoad: () => fixedEndpointLoad(res), yieldAt: CONSOLE_YIELDS_AT };
    const ready = await (target ??= consoleTarget(db, config, watchdog));
    const driverParams = toDriverParams(params) as Record<string, unknown>;
    const result = await gate.run((hold) => runConsoleQuery(ready, query, driverParams, limits, hold), fixed);
    const graph = await consoleGraph(db, result.rows);
    res.json({
      columns: result.columns,
      rows: result.rows,
      truncated: result.truncated,
      truncatedBy: result.truncatedBy,
      rowLimit: limits.rowLimit,
      maxBytes: limits.maxBytes,
      timing: { ms: result.ms },
      graph,
    });
  });
  return router;
}
