// Brings a database to a usable state: waits until Neo4j answers, applies the schema, and loads the
// bundled dataset into an empty database. Used by start-up and by the test setup.
import type { Database } from './database.js';
import { applySchema } from './schema.js';

export interface BootstrapHooks {
  log: (message: string) => void;
  /** Loads the bundled dataset when the database holds no data; returns what it loaded. */
  seedIfEmpty?: (db: Database) => Promise<string | null>;
}

/** Resolves once Neo4j answers; retries every `intervalMs`, telling the person what is going on. */
export async function waitForNeo4j(db: Database, log: (message: string) => void, intervalMs = 2_000, signal?: AbortSignal): Promise<void> {
  let attempt = 0;
  for (;;) {
    try {
      await db.serverInfo();
      return;
    } catch (error) {
      if (signal?.aborted) throw error;
      if (attempt++ % 15 === 0) {
        log(`Neo4j does not answer yet (${error instanceof Error ? error.message : error}). Retrying every ${intervalMs / 1000} s; /api/ready answers 503 until then.`);
      }
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  }
}

/** Applies the schema and seeds an empty database. */
export async function bootstrap(db: Database, hooks: BootstrapHooks): Promise<void> {
  const applied = await applySchema(db);
  hooks.log(`schema applied (${applied} constraints and indexes)`);
  const seeded = await hooks.seedIfEmpty?.(db);
  if (seeded) hooks.log(seeded);
}
