// The relationship half of a batched import: each batch in one transaction, the next batch prepared while Neo4j writes
// the current one. A row whose two end nodes this import created cannot be in the database yet, so it is written at
// once; the others, and every row of a retried batch (its first attempt may have committed), are looked up first.
import type { Database } from '../db/database.js';
import type { ChunkedDataset } from './chunked.js';
import { LoadIncompleteError } from './load.js';
import { pendingRelationshipRow, refreshRelationshipRow, type PendingRelationshipRow } from './pending-rows.js';
import { runInOneTransaction, withRetry, type RetryNotice } from './retry.js';

interface RelationshipBatchOptions {
  importId: string;
  size: number;
  /** Ids of the nodes this import created (marked with its id): no relationship can touch them yet. */
  newNodes: ReadonlySet<string>;
  /** How batches are named in retry notices: "batch <first + i> of <total>". */
  firstBatch: number;
  totalBatches: number;
  onRetry: (notice: RetryNotice) => void;
  /** After each committed batch, with the rows written so far. */
  onBatch: (rowsDone: number) => void;
  /** Asked after each batch; true stops the import. */
  shouldStop: () => boolean;
  stopped: () => Error;
}

interface PreparedBatch {
  records: unknown[];
  rows: PendingRelationshipRow[];
}

/** Rows built this many at a time, yielding between, so the driver's I/O for the batch in flight is not held up. */
const PREPARE_SLICE = 2_000;
const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

async function prepare(data: ChunkedDataset, from: number, to: number, importId: string): Promise<PreparedBatch> {
  const records: unknown[] = [];
  const rows: PendingRelationshipRow[] = [];
  for (let start = from; start < to; start += PREPARE_SLICE) {
    for (const record of data.relationships(start, Math.min(start + PREPARE_SLICE, to)).records) {
      records.push(record);
      rows.push(pendingRelationshipRow(record, importId));
    }
    await yieldToIo();
  }
  return { records, rows };
}

/** One batch in one transaction; returns the indexes (in the batch) of rows that were already in the database. */
async function writeBatch(
  db: Database,
  rows: PendingRelationshipRow[],
  options: RelationshipBatchOptions,
  lookUpAll: boolean,
  step: string,
) {
  const { newNodes, importId } = options;
  const direct: PendingRelationshipRow[] = [];
  const checked: number[] = [];
  rows.forEach((row, index) => {
    if (!lookUpAll && newNodes.has(row.source) && newNodes.has(row.target)) direct.push(row);
    else checked.push(index);
  });
  return runInOneTransaction(db, async (run) => {
    let present: number[] = [];
    let fresh = direct;
    if (checked.length) {
      const list = checked.map((index) => rows[index]!);
      const [found] = await run('import-relationships-found', { rows: list, importId });
      if (Number(found?.matched) !== list.length)
        throw new LoadIncompleteError(`only ${Number(found?.matched)} of ${list.length} relationships in ${step} found both end nodes`);
      const at = (key: string) => ((found?.[key] ?? []) as unknown[]).map(Number);
      const skip = new Set([...at('present'), ...at('mine')]);
      present = at('present').map((i) => checked[i]!);
      fresh = direct.concat(list.filter((_, i) => !skip.has(i)));
    }
    if (fresh.length) {
      const [written] = await run('import-pending-relationships', { rows: fresh });
      if (Number(written?.written) !== fresh.length)
        throw new LoadIncompleteError(`only ${Number(written?.written)} of ${fresh.length} relationships in ${step} found both end nodes`);
    }
    return present;
  });
}

/** Writes every relationship of `data` in batches; returns the rows of those already in the database (to refresh
 * in the completing transaction). */
export async function writeRelationshipBatches(db: Database, data: ChunkedDataset, options: RelationshipBatchOptions) {
  const { size, importId } = options;
  const present: ReturnType<typeof refreshRelationshipRow>[] = [];
  const count = data.relationshipCount;
  let next = count ? await prepare(data, 0, Math.min(size, count), importId) : null;
  for (let from = 0, batch = options.firstBatch; next; from += size, batch++) {
    const current = next;
    const step = `batch ${batch} of ${options.totalBatches}`;
    let attempt = 0;
    const writing = withRetry(step, () => writeBatch(db, current.rows, options, attempt++ > 0, step), options.onRetry);
    // Prepared while Neo4j writes the current batch; a failure of the write surfaces at the await below.
    const preparing = from + size < count ? prepare(data, from + size, Math.min(from + 2 * size, count), importId) : null;
    const [found] = await Promise.all([writing, preparing]);
    for (const index of found) present.push(refreshRelationshipRow(current.records[index]));
    options.onBatch(Math.min(from + size, count));
    if (options.shouldStop()) throw options.stopped();
    next = await preparing;
  }
  return present;
}
