// Runs forceLayout in a worker thread (layout-cache.ts starts it), so a long first layout never blocks the event loop;
// reports progress after each tenth of the iterations, then the positions.
import { parentPort, workerData } from 'node:worker_threads';
import { forceLayout } from './force-layout.js';

/** What the worker is given: node ids with their names, and edges as two parallel lists of ends. */
export interface LayoutJob {
  nodeIds: string[];
  names: string[];
  sources: string[];
  targets: string[];
}

/** What the worker posts back. */
export type LayoutMessage = { type: 'progress'; done: number; total: number } | { type: 'done'; positionsJson: string };

const job = workerData as LayoutJob;
const edges = job.sources.map((source, i) => ({ source, target: job.targets[i]! }));
const post = (message: LayoutMessage) => parentPort!.postMessage(message);
const names = new Map(job.nodeIds.map((id, i) => [id, job.names[i]!]));
const positions = forceLayout(job.nodeIds, edges, { names, onProgress: (done, total) => post({ type: 'progress', done, total }) });
post({ type: 'done', positionsJson: JSON.stringify(positions) });
