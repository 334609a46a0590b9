// Whether a database is small enough for start-up to warm its whole-network answers (the timeline, stats): decided from
// Neo4j's count store, which answers at once whatever the size, so nothing large is ever read whole at start-up.
import type { Database } from '../db/database.js';
import { readFixed } from '../lens/run.js';

/** The most relationships a database may hold for start-up to read it whole (the flagship holds a few hundred). */
export const WARM_MAX_RELATIONSHIPS = 50_000;

/** True when the database holds at most WARM_MAX_RELATIONSHIPS relationships. */
export async function smallEnoughToWarm(db: Database): Promise<boolean> {
  const [row] = await readFixed(db, 'lens-data-counts');
  return Number(row?.relationships ?? Infinity) <= WARM_MAX_RELATIONSHIPS;
}
