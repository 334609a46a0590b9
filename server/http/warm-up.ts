// Warms Neo4j's query cache after each (re)start: the fixed endpoints' queries are planned once before users or a
// console flood arrive. On a cold JVM with busy CPUs, planning alone can otherwise outlast the query timeout.
import type { Database } from '../db/database.js';
import { graphAt, stats, timeline } from '../services/graph-service.js';
import { nodeDetail, searchNodes } from '../services/node-service.js';

/**
 * Runs each fixed endpoint's main queries once, one endpoint at a time so the first real requests keep a core;
 * /api/graph and /api/timeline first. Failures are ignored (the real request will report them).
 */
export async function warmUp(db: Database): Promise<void> {
  const today = new Date().toISOString().slice(0, 10);
  const steps = [() => graphAt(db, today, false), () => timeline(db), () => searchNodes(db, 'a', 10), () => stats(db),
    () => nodeDetail(db, 'hulian-warm-up')];
  for (const step of steps) await step().catch(() => undefined);
}
