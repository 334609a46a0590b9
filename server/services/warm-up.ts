// Warms Neo4j's query cache after each (re)start, so the first requests do not pay for planning on a cold JVM with
// busy CPUs (planning alone could otherwise outlast the query timeout, or leave the first /api/graph 3 s late).
import type { Database } from '../db/database.js';
import { graphAt, stats } from './graph-service.js';
import { nodeDetail } from './node-service.js';
import { searchNodes } from './search-service.js';
import { smallEnoughToWarm } from './warm-size.js';
import { timelineBody } from './timeline-body.js';
import { histogramOf } from './view-delivery.js';

const today = () => new Date().toISOString().slice(0, 10);

/** Runs the steps one at a time, ignoring failures (the real request will report them). */
async function runEach(steps: (() => Promise<unknown>)[]): Promise<void> {
  for (const step of steps) await step().catch(() => undefined);
}

/**
 * Runs /api/graph's query once, then builds and stores /api/timeline's compressed body (timeline-body.ts) and the
 * histogram the page asks for first. The watcher runs this after the seed and before it declares the database ready:
 * sequentially they plan faster than alongside the seed or the first requests. A network too large to read whole
 * (warm-size.ts) is not read at start-up: its views are bounded queries.
 */
export async function warmFixedEndpoints(db: Database): Promise<void> {
  if (!(await smallEnoughToWarm(db).catch(() => false))) {
    // A large network's histogram and core layout are prepared in the background (their progress is in the log).
    void histogramOf(db).catch(() => undefined);
    return;
  }
  return runEach([() => graphAt(db, today(), false), () => timelineBody(db), () => histogramOf(db)]);
}

/** Runs the other fixed endpoints' main queries once (search, stats, node detail); nothing on a large network. */
export async function warmOtherEndpoints(db: Database): Promise<void> {
  if (!(await smallEnoughToWarm(db).catch(() => false))) return;
  return runEach([() => searchNodes(db, 'a', 10), () => stats(db), () => nodeDetail(db, 'hulian-warm-up')]);
}
