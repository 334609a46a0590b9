// Writes a validated dataset in batches (one transaction each) under an :Import marker that readers ignore until the
// import completes: new nodes and relationships carry `hulianImport`, records already in the database are left alone
// and refreshed in the ONE completing transaction that flips the marker. A failure discards what was written.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/database.js';
import type { ChunkedDataset } from './chunked.js';
import { LoadIncompleteError, type LoadReport, type PartCounts } from './load.js';
import { discardImport, unmarkImport } from './pending-imports.js';
import { type refreshRelationshipRow } from './pending-rows.js';
import { writeRelationshipBatches } from './relationship-batches.js';
import { toRows } from './rows.js';
import { runAutoCommit, withRetry, type RetryNotice } from './retry.js';
import { validateDataset, ValidationError } from './validate.js';

/** Rows per batch: HULIAN_IMPORT_BATCH, else 10,000 (a batch's transaction takes some 20 MB of a 1 GB heap). */
const DEFAULT_BATCH = 10_000;

export type BatchPhase = 'writing' | 'completing' | 'cleaning' | 'removing';

interface BatchedLoadOptions {
  file: string;
  batchSize?: number;
  /** Nodes already in the database (id → kind) that the records may refer to. */
  knownNodes: ReadonlyMap<string, string>;
  /** The presentation to add when the database has none (written at completion). */
  presentation?: Record<string, unknown> | null;
  onPhase?: (phase: BatchPhase, total: number) => void;
  onProgress?: (done: number) => void;
  onRetry?: (notice: RetryNotice) => void;
  /** Asked between batches; true stops the import (what was written is removed). */
  shouldStop?: () => boolean;
}

/** Thrown when the import was asked to stop (Ctrl+C); what it wrote has been removed. */
export class ImportStoppedError extends Error {}

interface BatchedLoadReport extends LoadReport {
  importId: string;
  completeMs: number;
  cleanMs: number;
  batches: number;
  /** Why removing the markers failed (the import is complete; the next start finishes it). */
  cleanError?: string;
}

const zero = (): PartCounts => ({ sources: 0, vocabulary: 0, nodes: 0, ownership: 0, relationships: 0, milestones: 0 });
const count = (rows: { written?: unknown; present?: unknown }[]) => Number(rows[0]?.present ?? 0);

/** Writes `data` (validated) in batches, completes it in one transaction, then removes the markers. */
export async function loadInBatches(db: Database, data: ChunkedDataset, options: BatchedLoadOptions): Promise<BatchedLoadReport> {
  const size = options.batchSize ?? DEFAULT_BATCH;
  const notify = options.onRetry ?? (() => {});
  const head = validateDataset(data.head, { knownNodes: options.knownNodes });
  if (head.issues.length) throw new ValidationError(head.issues);
  const rows = toRows(head.dataset);
  // 16 hex digits: stored inline on every record it marks (a UUID took a whole property record of its own).
  const importId = randomBytes(8).toString('hex');
  await runAutoCommit(db, 'import-index');
  await runAutoCommit(db, 'import-begin', { id: importId, file: options.file, host: hostname(), pid: process.pid });
  const heartbeat = setInterval(() => void runAutoCommit(db, 'import-heartbeat', { id: importId }).catch(() => {}), 5_000);
  heartbeat.unref();
  const started = Date.now();
  const present = zero();
  const presentNodes = new Set<string>();
  let presentRelationships: ReturnType<typeof refreshRelationshipRow>[] = [];
  const nodeBatches = Math.ceil(rows.nodes.length / size);
  const batches = nodeBatches + Math.ceil(data.relationshipCount / size);
  const stopped = () => new ImportStoppedError('stopped by the user');
  let writeMs = 0;
  let completeMs = 0;
  try {
    options.onPhase?.('writing', rows.nodes.length + data.relationshipCount);
    for (let from = 0, batch = 1; from < rows.nodes.length; from += size, batch++) {
      const list = rows.nodes.slice(from, from + size);
      const step = `batch ${batch} of ${batches}`;
      const [result] = await withRetry(step, () => runAutoCommit(db, 'import-pending-nodes', { rows: list, importId }), notify);
      if (Number(result?.written) !== list.length)
        throw new LoadIncompleteError(
          `import-pending-nodes: only ${Number(result?.written)} of ${list.length} rows in ${step} were written`,
        );
      for (const id of (result?.present ?? []) as unknown[]) presentNodes.add(String(id));
      options.onProgress?.(from + list.length);
      if (options.shouldStop?.()) throw stopped();
    }
    const newNodes = new Set(rows.nodes.filter((n) => !presentNodes.has(n.id)).map((n) => n.id));
    presentRelationships = await writeRelationshipBatches(db, data, {
      importId,
      size,
      newNodes,
      firstBatch: nodeBatches + 1,
      totalBatches: batches,
      onRetry: notify,
      onBatch: (done) => options.onProgress?.(rows.nodes.length + done),
      shouldStop: () => options.shouldStop?.() ?? false,
      stopped,
    });
    writeMs = Date.now() - started;
    options.onPhase?.('completing', 0);
    const completing = Date.now();
    const refreshed = rows.nodes.filter((n) => presentNodes.has(n.id));
    const counts = await withRetry(
      'the completing transaction',
      () =>
        db.writeTransaction(
          (tx) =>
            complete(
              db,
              tx,
              importId,
              {
                ...rows,
                nodes: refreshed,
                relationships: presentRelationships,
              },
              options.presentation ?? null,
            ),
          30 * 60_000,
        ),
      notify,
    );
    Object.assign(present, counts, { nodes: presentNodes.size, relationships: presentRelationships.length });
    completeMs = Date.now() - completing;
  } catch (error) {
    clearInterval(heartbeat);
    options.onPhase?.('removing', 0);
    await discardImport(db, importId).catch(() => {
      (error as { leftBehind?: string }).leftBehind = importId;
    });
    throw error;
  }
  clearInterval(heartbeat);
  options.onPhase?.('cleaning', 0);
  const cleaning = Date.now();
  // The import is complete and visible: a failed clean-up only leaves markers that the next start removes.
  const cleanError = await withRetry('the clean-up', () => unmarkImport(db, importId), notify).then(
    () => undefined,
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
  const total: PartCounts = {
    sources: rows.sources.length,
    vocabulary: rows.vocabulary.length,
    nodes: rows.nodes.length,
    ownership: rows.ownership.length,
    relationships: data.relationshipCount,
    milestones: rows.milestones.length,
  };
  const created = Object.fromEntries(Object.entries(total).map(([part, n]) => [part, n - present[part as keyof PartCounts]])) as PartCounts;
  return {
    ...total,
    importId,
    batches,
    created,
    present,
    writeMs,
    completeMs,
    cleanMs: Date.now() - cleaning,
    cleanError,
    ms: Date.now() - started,
  };
}

/** The parts the completing transaction writes; relationships are refresh rows (refreshRelationshipRow). */
type Rows = Omit<ReturnType<typeof toRows>, 'relationships'> & { relationships: unknown[] };
const REFRESH_CHUNK = 5_000;

/** The completing transaction: small parts, refreshes of records already there, then the flip that makes it all visible. */
async function complete(db: Database, tx: ManagedTransaction, importId: string, rows: Rows, presentation: Record<string, unknown> | null) {
  const found = zero();
  const steps: [keyof PartCounts, unknown[], boolean][] = [
    ['sources', rows.sources, false],
    ['vocabulary', rows.vocabulary, false],
    ['nodes', rows.nodes, false],
    ['ownership', rows.ownership, true],
    ['relationships', rows.relationships, true],
    ['milestones', rows.milestones, false],
  ];
  for (const [part, list, counted] of steps) {
    for (let from = 0; from < list.length; from += REFRESH_CHUNK) {
      const chunk = list.slice(from, from + REFRESH_CHUNK);
      const result = await db.runIn(tx, `import-${part}`, { rows: chunk });
      if (counted && Number(result[0]?.written) !== chunk.length)
        throw new LoadIncompleteError(`import-${part}: only ${Number(result[0]?.written)} of ${chunk.length} rows found both end nodes`);
      found[part] += count(result);
    }
  }
  if (presentation) await db.runIn(tx, 'dataset-presentation-add', { props: presentation });
  const [flip] = await db.runIn(tx, 'import-complete', { id: importId });
  if (!flip?.completed) throw new Error('this import was taken for dead (no heartbeat for a minute) and removed; run it again');
  return found;
}
