// Loads the bundled dataset into an empty database at start-up (npm start) and for db:seed.
import type { Database } from '../db/database.js';
import { readDatasetDir } from './bundled.js';
import { loadDataset, type LoadSummary } from './load.js';

/** One line describing a finished load. */
export function describeLoad(summary: LoadSummary): string {
  return `loaded ${summary.nodes} nodes, ${summary.relationships} relationships, ${summary.milestones} milestones and ${summary.sources} sources in ${(summary.ms / 1000).toFixed(1)} s`;
}

/** True when the database holds no nodes at all. */
export async function isEmpty(db: Database): Promise<boolean> {
  const [row] = await db.read('count-data');
  return Number(row?.nodes ?? 0) === 0;
}

/** Loads the bundled dataset when the database is empty; returns a summary line, or null when it did nothing. */
export async function seedIfEmpty(db: Database): Promise<string | null> {
  if (!(await isEmpty(db))) return null;
  return `bundled dataset ${describeLoad(await loadDataset(db, readDatasetDir(), { requireNameZh: true }))}`;
}
