// Applies cypher/schema.cypher (constraints and indexes, all IF NOT EXISTS) in one schema transaction.
// Idempotent: running it on a database that already has the schema changes nothing.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Database } from './database.js';

const SCHEMA_FILE = resolve(import.meta.dirname, '..', '..', 'cypher', 'schema.cypher');

/** The schema file's statements, without comments. */
function schemaStatements(file = SCHEMA_FILE): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

export interface SchemaResult {
  /** Statements in the schema file. */
  statements: number;
  /** Constraints and indexes that did not exist and were created now. */
  created: number;
}

/**
 * Creates every constraint and index in the schema file that does not exist yet, in one transaction. A uniqueness
 * constraint is online when its creation commits; plain indexes populate in the background (queries are correct
 * meanwhile), so start-up passes `awaitIndexes: false`; bulk loads keep the default and wait for their index plans.
 */
export async function applySchema(db: Database, { awaitIndexes = true } = {}): Promise<SchemaResult> {
  const statements = schemaStatements();
  const created = await db.withSession('WRITE', (session) =>
    session.executeWrite(async (tx) => {
      let count = 0;
      for (const statement of statements) {
        const { counters } = (await tx.run(statement)).summary;
        count += counters.updates().constraintsAdded + counters.updates().indexesAdded;
      }
      return count;
    }),
  );
  if (awaitIndexes && created) await db.withSession('WRITE', (session) => session.run('CALL db.awaitIndexes(60)'));
  return { statements: statements.length, created };
}
