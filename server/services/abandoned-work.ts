// Ends the Neo4j work of a request whose client went away (a step superseded by a newer one): its transactions carry
// the request's tag in their metadata (readLens), so they are found and terminated instead of running on for nobody.
import type { Database } from '../db/database.js';

/** Terminates the transactions still running under `tag`; failures are ignored (the work ends at its timeout anyway). */
export async function endTaggedWork(db: Database, tag: string): Promise<void> {
  const rows = await db.read('tagged-transactions', { tag }, 2_000).catch(() => []);
  const ids = rows.map((row) => String(row.transactionId));
  if (ids.length) await db.read('terminate-transactions', { ids }, 2_000).catch(() => undefined);
}
