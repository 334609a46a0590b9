// Applies cypher/schema.cypher (constraints and indexes, all IF NOT EXISTS) statement by statement.
// Idempotent: running it on a database that already has the schema changes nothing.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Database } from './database.js';

export const SCHEMA_FILE = resolve(import.meta.dirname, '..', '..', 'cypher', 'schema.cypher');

/** The schema file's statements, without comments. */
export function schemaStatements(file = SCHEMA_FILE): string[] {
  return readFileSync(file, 'utf8')
    .split('\n').filter((line) => !line.trim().startsWith('//')).join('\n')
    .split(';').map((s) => s.trim()).filter(Boolean);
}

/** Creates every constraint and index in the schema file that does not exist yet. */
export async function applySchema(db: Database): Promise<number> {
  const statements = schemaStatements();
  await db.withSession('WRITE', async (session) => {
    for (const statement of statements) await session.run(statement);
  });
  await db.withSession('WRITE', (session) => session.run('CALL db.awaitIndexes(60)'));
  return statements.length;
}
