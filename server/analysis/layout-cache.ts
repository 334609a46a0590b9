// The layout of the current data, computed once per data version (a hash of node ids and edge ends) in a worker
// thread and kept in memory and on disk (.hulian-cache/, git-ignored), so later requests and later starts reuse it.
// Requests that arrive while the first computation runs wait for that same computation (the start-up warm-up runs
// /api/timeline once, so after a start the layout is ready before the first request).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { pino, type Logger } from 'pino';
import { forceLayout } from './force-layout.js';
import type { LayoutJob, LayoutMessage } from './layout-worker.js';
import type { EdgeEnds } from './union-network.js';

/** Bumped whenever the layout's algorithm or settings change, so cached layouts of older versions are not reused. */
const LAYOUT_ALGORITHM = 'fa2-v4';
const CACHE_DIR = resolve(import.meta.dirname, '..', '..', '.hulian-cache');
/** From this many nodes on, a first computation logs its progress at info level. */
const LOGGED_ORDER = 1_000;

/** Starts layout-worker.ts in the thread through tsx's loader (a worker does not inherit the parent's loader hooks). */
const WORKER_BOOTSTRAP = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(
  new URL('./layout-worker.ts', import.meta.url).href,
)}); })`;

/** How many layouts the disk cache keeps (the most recent ones). */
const KEPT_ON_DISK = 20;

const inMemory = new Map<string, Promise<string>>();
let fallbackLog: Logger | undefined;

/** The logger for callers that pass none (the start-up warm-up): pino at LOG_LEVEL, as the server's own logger. */
function defaultLog(): Logger {
  const level = process.env.LOG_LEVEL ?? 'info';
  fallbackLog ??= pino({ level: level in pino.levels.values || level === 'silent' ? level : 'info' });
  return fallbackLog;
}

/** Deletes all but the KEPT_ON_DISK most recent cached layouts. */
function pruneCache(): void {
  const files = readdirSync(CACHE_DIR)
    .filter((f) => f.startsWith('layout-') && f.endsWith('.json'))
    .map((f) => ({ path: join(CACHE_DIR, f), time: statSync(join(CACHE_DIR, f)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { path } of files.slice(KEPT_ON_DISK)) unlinkSync(path);
}

function readCached(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function writeCached(path: string, json: string, log: Logger): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, json);
    renameSync(temporary, path);
    pruneCache();
  } catch (error) {
    log.warn({ err: error, path }, 'layout: could not write the layout cache; it will be computed again after a restart');
  }
}

/** Runs forceLayout in a worker thread; resolves with the positions' JSON text. */
function computeInWorker(job: LayoutJob, log: Logger): Promise<string> {
  const loud = job.nodeIds.length >= LOGGED_ORDER;
  const started = Date.now();
  if (loud) log.info({ nodes: job.nodeIds.length, edges: job.sources.length }, 'layout: computing the network layout');
  return new Promise((resolvePositions, reject) => {
    const worker = new Worker(WORKER_BOOTSTRAP, { eval: true, workerData: job });
    worker.on('message', (message: LayoutMessage) => {
      if (message.type === 'progress') {
        if (loud) log.info({ percent: Math.round((100 * message.done) / message.total) }, 'layout: iterating');
        return;
      }
      const ms = Date.now() - started;
      if (loud) log.info({ ms }, 'layout: done');
      else log.debug({ ms, nodes: job.nodeIds.length }, 'layout: done');
      resolvePositions(message.positionsJson);
      void worker.terminate();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`the layout worker stopped with exit code ${code}`));
    });
  });
}

/** A node as the layout sees it: its id, and its name for the room its label needs. */
export interface LaidOutNode {
  id: string;
  name: string;
}

/**
 * The JSON text of the layout of `nodes` and `edges` (forceLayout; `network`: their networkVersion): from memory, else
 * from the disk cache, else computed in a worker and cached; concurrent calls for the same data share one computation.
 * `log` (default: a pino logger at LOG_LEVEL) hears a large first computation's progress.
 */
export function cachedLayoutJson(
  nodes: readonly LaidOutNode[],
  edges: readonly EdgeEnds[],
  network: string,
  log: Logger = defaultLog(),
): Promise<string> {
  if (!nodes.length) return Promise.resolve('null');
  const nodeIds = nodes.map((n) => n.id);
  const names = nodes.map((n) => n.name);
  const namesHash = createHash('sha256').update(JSON.stringify(names)).digest('hex').slice(0, 8);
  const version = `${LAYOUT_ALGORITHM}-${network}-${namesHash}`;
  const known = inMemory.get(version);
  if (known) return known;
  const path = join(CACHE_DIR, `layout-${version}.json`);
  const pending = (async () => {
    const cached = readCached(path);
    if (cached) return cached;
    const job: LayoutJob = { nodeIds, names, sources: edges.map((e) => e.source), targets: edges.map((e) => e.target) };
    const json = await computeInWorker(job, log).catch((error: unknown) => {
      log.warn({ err: error }, 'layout: the worker thread failed; computing the layout on the main thread instead');
      return JSON.stringify(forceLayout(nodeIds, edges, { names: new Map(nodeIds.map((id, i) => [id, names[i]!])) }));
    });
    writeCached(path, json, log);
    return json;
  })();
  inMemory.clear();
  inMemory.set(version, pending);
  pending.catch(() => inMemory.delete(version));
  return pending;
}
