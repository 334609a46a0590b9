// Writes a validated dataset through the named import queries in UNWIND batches, all in ONE write
// transaction: a failure anywhere writes nothing. MERGE on ids makes loading twice change nothing; each query also counts
// the records that were already there, inside the same transaction, so a re-run can say it created nothing.
import type { Database } from '../db/database.js';
import { toRows } from './rows.js';
import { presentationProps } from '../../contract/dataset-presentation.js';
import { checkPresentation } from './presentation-check.js';
import { validateDataset, ValidationError, type RawDataset, type ValidateOptions } from './validate.js';

export { toRows };

const BATCH_SIZE = 5_000;
/** Steps whose query returns `written`; fewer than sent means an end node vanished, so the load aborts. */
const COUNTED_STEPS = new Set(['import-relationships', 'import-ownership']);

/** Thrown inside the load transaction when Neo4j wrote fewer rows than sent; the transaction rolls back. */
export class LoadIncompleteError extends Error {}

export interface LoadOptions extends ValidateOptions {
  /** Delete everything first, in the same transaction. */
  replace?: boolean;
  /** Keep the database's presentation (its :Dataset node) when it has one; else `raw.presentation` replaces it. */
  keepPresentation?: boolean;
  /** Called once validation has passed, as the write transaction starts. */
  onWriteStart?: () => void;
  /** Called after each batch with the records written so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

export interface LoadSummary {
  sources: number;
  nodes: number;
  relationships: number;
  milestones: number;
  ms: number;
}

/** The parts of a dataset the loader writes, each counted separately. */
const LOAD_PARTS = ['sources', 'vocabulary', 'nodes', 'ownership', 'relationships', 'milestones'] as const;
export type LoadPart = (typeof LOAD_PARTS)[number];
export type PartCounts = Record<LoadPart, number>;

/** A load's summary, plus what it found already in the database and how long the write transaction took. */
export interface LoadReport extends LoadSummary {
  /** Records of each part that the load created. */
  created: PartCounts;
  /** Records of each part that were already in the database (matched by id and refreshed from the file). */
  present: PartCounts;
  /** The write transaction alone (batches and commit), without validation. */
  writeMs: number;
}

const zeroCounts = (): PartCounts => ({ sources: 0, vocabulary: 0, nodes: 0, ownership: 0, relationships: 0, milestones: 0 });

/** Validates, then loads the dataset in one transaction. Throws ValidationError before writing anything. */
export async function loadDataset(db: Database, raw: RawDataset, options: LoadOptions = {}): Promise<LoadReport> {
  const started = Date.now();
  const { dataset, issues } = validateDataset(raw, options);
  if (issues.length) throw new ValidationError(issues);
  const presentation = raw.presentation ? presentationProps(checkPresentation(raw.presentation)) : null;
  const rows = toRows(dataset);
  const steps: [LoadPart, unknown[]][] = LOAD_PARTS.map((part) => [part, rows[part]]);
  const total = steps.reduce((sum, [, list]) => sum + list.length, 0);
  const writeStarted = Date.now();
  options.onWriteStart?.();
  const present = await db.writeTransaction(async (tx) => {
    // The transaction function may be retried: count from zero on every attempt.
    const found = zeroCounts();
    let done = 0;
    if (options.replace) await db.runIn(tx, 'wipe-all');
    for (const [part, list] of steps) {
      const name = `import-${part}`;
      for (let i = 0; i < list.length; i += BATCH_SIZE) {
        const batch = list.slice(i, i + BATCH_SIZE);
        const [result] = await db.runIn(tx, name, { rows: batch });
        if (COUNTED_STEPS.has(name) && Number(result?.written) !== batch.length) {
          throw new LoadIncompleteError(
            `${name}: only ${Number(result?.written)} of ${batch.length} rows in batch ${i / BATCH_SIZE + 1} found both end nodes in the database; nothing was written`,
          );
        }
        found[part] += Number(result?.present ?? 0);
        done += batch.length;
        options.onProgress?.(done, total);
      }
    }
    if (presentation)
      await db.runIn(tx, options.keepPresentation ? 'dataset-presentation-add' : 'dataset-presentation-put', { props: presentation });
    return found;
  }, 10 * 60_000);
  const created = Object.fromEntries(steps.map(([part, list]) => [part, list.length - present[part]])) as PartCounts;
  return {
    sources: dataset.sources.length,
    nodes: dataset.nodes.length,
    relationships: dataset.relationships.length,
    milestones: dataset.milestones.length,
    ms: Date.now() - started,
    created,
    present,
    writeMs: Date.now() - writeStarted,
  };
}
