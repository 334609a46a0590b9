// Brings a database to a usable state and keeps watching it: waits until Neo4j answers, applies the schema,
// loads the bundled dataset into an empty database, and does it again whenever Neo4j comes back after an outage.
// A database Hulian did not create (server/lens/mode.ts) is only read: no schema, seed or vocabulary, ever.
import { UnavailableError } from '../errors/app-errors.js';
import type { Database } from '../db/database.js';
import { translateNeo4jError } from '../db/errors.js';
import { detectMode } from '../lens/mode.js';
import { rememberedMode, rememberMode } from '../lens/lens-state.js';
import { applySchema } from '../db/schema.js';
import { cleanUpImports } from '../import/pending-imports.js';

interface BootstrapHooks {
  log: (message: string) => void;
  /** Loads the bundled dataset when the database holds no data; returns what it loaded. */
  seedIfEmpty?: (db: Database) => Promise<string | null>;
  /**
   * Runs after the seed, before the database is declared ready: warms the queries the first requests need. Sequential
   * on purpose: alongside the seed it slowed the seed (both plan on a cold JVM), and the seed's new tokens and
   * statistics made Neo4j plan the warmed queries again.
   */
  warmBeforeReady?: (db: Database) => Promise<void>;
  /**
   * A cheap check that the database holds data, used when preparing it again after an outage (a restarted Neo4j almost
   * always does): planning the seed statement on a cold JVM alone takes seconds, only to find the data there.
   */
  holdsData?: (db: Database) => Promise<boolean>;
}

/** Where preparing the database spent its time, in ms. */
interface BootstrapTiming {
  schemaMs: number;
  seedMs: number;
  warmMs: number;
}

/** On Hulian's databases applies the schema and seeds an empty one; warms the first requests' queries; returns each step's time. */
async function bootstrap(db: Database, hooks: BootstrapHooks, again = false): Promise<BootstrapTiming> {
  let lap = Date.now();
  const since = () => {
    const now = Date.now();
    const ms = now - lap;
    lap = now;
    return ms;
  };
  // Decided once per process: a foreign database stays foreign even if an outage leaves it empty (never seeded).
  const mode = rememberedMode(db) ?? (await detectMode(db));
  if (!rememberedMode(db)) {
    rememberMode(db, mode);
    if (mode === 'foreign') hooks.log('this database was not made by Hulian: it is read through a lens and nothing is written to it');
  }
  let seedMs = 0;
  let schemaMs = 0;
  if (mode === 'hulian') {
    const applied = await applySchema(db, { awaitIndexes: false });
    schemaMs = since();
    hooks.log(`schema checked (${applied.statements} constraints and indexes, ${applied.created} created) in ${schemaMs} ms`);
    // Before the seed check: a killed import's invisible records would make an empty database look full.
    await cleanUpImports(db, hooks.log);
    const seeded = again && (await hooks.holdsData?.(db)) ? null : await hooks.seedIfEmpty?.(db);
    seedMs = since();
    if (seeded) hooks.log(seeded);
  } else since();
  await hooks.warmBeforeReady?.(db);
  return { schemaMs, seedMs, warmMs: since() };
}

export interface WatchOptions extends BootstrapHooks {
  /** Pause between checks while Neo4j answers (with checkTimeoutMs, this bounds how long a frozen Neo4j goes unnoticed). */
  upIntervalMs?: number;
  /** Pause between checks while it does not (this bounds the recovery time; a refused connection costs next to nothing). */
  downIntervalMs?: number;
  /** A check that gets no answer within this long failed: a frozen (SIGSTOPped, swapping) Neo4j accepts but never answers. */
  checkTimeoutMs?: number;
  /**
   * When a Neo4j-backed request last succeeded (ms since the epoch). A failed check does not count while requests keep
   * succeeding after it began: the check was lost in a busy pool, and live traffic proves Neo4j answers.
   */
  lastSuccessAt?: () => number;
  /** Told on each change from available to unavailable, with the reason (e.g. to answer the requests waiting on Neo4j). */
  onDown?: (reason: string) => void;
  /** Runs after each (re)preparation without holding up readiness, e.g. to warm the less urgent queries. */
  afterReady?: (db: Database) => Promise<void>;
}

/** The live state of the database as the watcher last saw it. */
export interface DatabaseWatch {
  /** True when Neo4j answered the last check and the schema (and seed) have been applied since it came up. */
  readonly available: boolean;
  /** Resolves the first time the database is ready; rejects when preparing it fails for a reason other than an outage. */
  readonly firstReady: Promise<void>;
  /** Declares Neo4j down now (e.g. its process exited) and checks again at the down cadence. */
  markDown(reason: string): void;
  /** Stops watching. */
  stop(): void;
}

/** A check that got no answer in time. */
class NoAnswerError extends Error {}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
const isOutage = (error: unknown) => error instanceof NoAnswerError || translateNeo4jError(error) instanceof UnavailableError;

/** Watches Neo4j for as long as the server runs: prepares it on every (re)appearance and reports outages. */
export function watchDatabase(db: Database, options: WatchOptions): DatabaseWatch {
  const { upIntervalMs = 1_000, downIntervalMs = 200, checkTimeoutMs = 1_000, log } = options;
  let available = false;
  let stopped = false;
  let wake: (() => void) | undefined;
  let failures = 0;
  let settle!: { resolve: () => void; reject: (error: unknown) => void };
  const firstReady = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  firstReady.catch(() => undefined);

  /** The one outstanding serverInfo call: while Neo4j is frozen, later checks wait on it instead of piling up connections. */
  let probe: Promise<unknown> | undefined;
  /** Probe failures that took at least checkTimeoutMs (a connection that opens but never completes its handshake). */
  const slowFailures = new WeakSet<object>();
  const ask = () => {
    if (!probe) {
      const began = Date.now();
      probe = db
        .serverInfo()
        .catch((error: unknown) => {
          if (Date.now() - began >= checkTimeoutMs && typeof error === 'object' && error) slowFailures.add(error);
          throw error;
        })
        .finally(() => {
          probe = undefined;
        });
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new NoAnswerError(`no answer within ${checkTimeoutMs} ms`)), checkTimeoutMs);
    });
    return Promise.race([probe, timeout]).finally(() => clearTimeout(timer));
  };
  /** True while every failed check since Neo4j went down got no answer or a slow failure (frozen: nothing refused or cut). */
  let stalledOnly = false;
  let prepared = false;
  const goDown = (reason: string, stalled = false) => {
    if (!available) return;
    available = false;
    stalledOnly = stalled;
    log(`Neo4j stopped answering (${reason}); API calls answer 503 until it is back.`);
    options.onDown?.(reason);
  };

  const check = async () => {
    const started = Date.now();
    try {
      await ask();
      if (available) return;
      if (stalledOnly && prepared) {
        // No connection was refused or cut since it stopped answering: the same Neo4j, schema and data are back.
        available = true;
        log('Neo4j answers again after a stall; the database was already prepared.');
        return;
      }
      const answeredMs = Date.now() - started;
      const timing = await bootstrap(db, options, prepared);
      if (stopped) return;
      available = true;
      prepared = true;
      failures = 0;
      log(
        `Neo4j answers and the database is ready in ${Date.now() - started} ms (first answer ${answeredMs} ms, schema ${timing.schemaMs} ms, seed ${timing.seedMs} ms, warm-up ${timing.warmMs} ms).`,
      );
      settle.resolve();
      const warming = Date.now();
      void options.afterReady?.(db).then(
        () => log(`query cache warmed in ${Date.now() - warming} ms`),
        () => undefined,
      );
    } catch (error) {
      if (!isOutage(error)) {
        stopped = true;
        log(`could not prepare the database: ${describe(error)}`);
        return settle.reject(error);
      }
      if (available && (options.lastSuccessAt?.() ?? 0) >= started) return;
      // A refused or cut connection fails at once: Neo4j may have restarted (fresh, or empty), so prepare it again.
      const stall = error instanceof NoAnswerError || (typeof error === 'object' && error !== null && slowFailures.has(error));
      if (!stall) stalledOnly = false;
      if (available) goDown(describe(error), stall);
      else if (failures % 150 === 0)
        log(`Neo4j does not answer yet (${describe(error)}). Checking every ${downIntervalMs} ms; /api/ready answers 503 until then.`);
      failures += 1;
    }
  };
  void (async () => {
    while (!stopped) {
      await check();
      if (stopped) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, available ? upIntervalMs : downIntervalMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  })();
  return {
    get available() {
      return available && !stopped;
    },
    firstReady,
    markDown: (reason) => {
      goDown(reason);
      stalledOnly = false;
      wake?.();
    },
    stop: () => {
      stopped = true;
      wake?.();
    },
  };
}
