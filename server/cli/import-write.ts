// The writing half of `npm run import`: a batched load under an :Import marker (the default), or with --replace the
// one-transaction load that wipes first. Progress per phase, retries said out loud, Ctrl+C honoured between batches.
import type { CliDatabase } from './connect.js';
import type { ImportPlan } from './import-args.js';
import type { PhaseProgress } from './progress.js';
import { loadInBatches, type BatchPhase } from '../import/batched-load.js';
import type { ChunkedDataset } from '../import/chunked.js';
import { loadDataset, type LoadReport } from '../import/load.js';
import { presentationProps } from '../../contract/dataset-presentation.js';
import { checkPresentation } from '../import/presentation-check.js';
import { describeRetry } from '../import/retry.js';

const PHASE_NAMES: Record<BatchPhase, string> = {
  writing: 'writing',
  completing: 'completing',
  cleaning: 'cleaning',
  removing: 'removing what was written',
};

interface WriteResult extends LoadReport {
  completeMs?: number;
  cleanMs?: number;
  cleanError?: string;
}

/** Writes the validated `data`; `stopRequested` is asked between batches (Ctrl+C). */
export async function writeImport(
  opened: CliDatabase,
  plan: ImportPlan,
  data: ChunkedDataset,
  knownNodes: ReadonlyMap<string, string>,
  progress: PhaseProgress,
  stopRequested: () => boolean,
): Promise<WriteResult> {
  if (plan.replace) {
    // Wiping must be atomic with the load: one transaction, as before (fits a 1 GB heap up to some 200,000 rows).
    const all = data.relationships(0, data.relationshipCount);
    const raw = { ...data.head, relationships: all.records, recordNames: { ...data.head.recordNames, relationships: all.names } };
    progress.start('writing', 'records', 0, true);
    return loadDataset(opened.db, raw, {
      knownNodes,
      replace: true,
      keepPresentation: true,
      onProgress: (done, total) => {
        progress.update(done, done / total);
        if (done >= total) progress.start('committing');
      },
    });
  }
  let total = 0;
  return loadInBatches(opened.db, data, {
    file: plan.file,
    batchSize: plan.batchSize,
    knownNodes,
    presentation: data.head.presentation ? presentationProps(checkPresentation(data.head.presentation)) : null,
    onPhase: (phase, count) => {
      total = count;
      if (phase === 'writing') progress.start(PHASE_NAMES[phase], 'rows', 0, true);
      else progress.start(PHASE_NAMES[phase]);
    },
    onProgress: (done) => progress.update(done, total ? done / total : undefined),
    onRetry: (notice) => console.error(`hulian: ${describeRetry(notice)}`),
    shouldStop: stopRequested,
  });
}
