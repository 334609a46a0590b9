// Loads the bundled dataset into an empty database at start-up (npm start) and after an outage that lost the data.
// One statement (seed-empty) checks that the database is empty and writes everything: on a cold Neo4j, planning is
// most of a seed's time, and one plan costs far less than the generic importer's seven (emptiness check + six steps).
import type { Database } from '../db/database.js';
import { readDatasetDir } from './bundled.js';
import { LoadIncompleteError, toRows, type LoadSummary } from './load.js';
import { presentationProps } from '../../contract/dataset-presentation.js';
import { checkPresentation } from './presentation-check.js';
import { validateDataset, ValidationError, type RawDataset } from './validate.js';

/** One line describing a finished load. */
export function describeLoad(summary: LoadSummary): string {
  return `loaded ${summary.nodes} nodes, ${summary.relationships} relationships, ${summary.milestones} milestones and ${summary.sources} sources in ${(summary.ms / 1000).toFixed(1)} s`;
}

/**
 * Loads `raw` (the bundled dataset by default) when the database holds no nodes, in one transaction; returns its
 * summary, or null when the database held data (then nothing is written). Throws ValidationError before writing.
 */
export async function seedEmptyDatabase(db: Database, raw: RawDataset = readDatasetDir()): Promise<LoadSummary | null> {
  const started = Date.now();
  const { dataset, issues } = validateDataset(raw, { requireNameZh: true, requireNoteZh: true });
  if (issues.length) throw new ValidationError(issues);
  const presentation = raw.presentation ? [presentationProps(checkPresentation(raw.presentation))] : [];
  const { sources, vocabulary, nodes, ownership, relationships, milestones } = toRows(dataset);
  const seeded = await db.writeTransaction(async (tx) => {
    const [row] = await db.runIn(tx, 'seed-empty', { sources, vocabulary, nodes, ownership, relationships, milestones, presentation });
    if (!row) return false;
    if (Number(row.owned) !== ownership.length || Number(row.related) !== relationships.length) {
      throw new LoadIncompleteError(
        `seed-empty: only ${Number(row.owned)} of ${ownership.length} owners and ${Number(row.related)} of ${relationships.length} relationships found both end nodes; nothing was written`,
      );
    }
    return true;
  }, 60_000);
  if (!seeded) return null;
  return {
    sources: dataset.sources.length,
    nodes: dataset.nodes.length,
    relationships: dataset.relationships.length,
    milestones: dataset.milestones.length,
    ms: Date.now() - started,
  };
}

/** Loads the bundled dataset when the database is empty; returns a summary line, or null when it did nothing. */
export async function seedIfEmpty(db: Database): Promise<string | null> {
  const summary = await seedEmptyDatabase(db);
  return summary && `bundled dataset ${describeLoad(summary)}`;
}
