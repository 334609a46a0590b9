// Whether a database is small enough for start-up to warm its whole-network answers (the timeline, stats): the same
// rule that decides whether the page gets the whole timeline (view-delivery.ts), read from Neo4j's count store, which
// answers at once whatever the size, so nothing large is ever read whole at start-up.
import type { Database } from '../db/database.js';
import { deliveryOf } from './view-delivery.js';

/** True when the page gets this database's whole timeline (at most WHOLE_TIMELINE_MAX relationships). */
export async function smallEnoughToWarm(db: Database): Promise<boolean> {
  return (await deliveryOf(db)) === 'whole';
}
