// Test helper for foreign-schema databases on the run's one Neo4j: empty it of data and schema, build a foreign graph,
// snapshot everything start-up could touch, and put the flagship back (schema + seed) for the files that follow.
import { createHash } from 'node:crypto';
import type { Database } from '../../server/db/database.js';
import { applySchema } from '../../server/db/schema.js';
import { seedEmptyDatabase } from '../../server/import/seed.js';
import { readConstraints, readIndexes, readSchemaNames } from '../../server/lens/schema-read.js';
import { fingerprint } from './_reliability.js';

/** Deletes every node and relationship, every constraint and every index but the token lookups Neo4j makes itself. */
export async function emptyEverything(db: Database): Promise<void> {
  await db.write('wipe-all');
  for (const constraint of await readConstraints(db)) {
    await db.withSession('WRITE', (s) => s.run(`DROP CONSTRAINT \`${constraint.name.replaceAll('`', '``')}\``));
  }
  for (const index of await readIndexes(db)) {
    if (index.type !== 'LOOKUP') await db.withSession('WRITE', (s) => s.run(`DROP INDEX \`${index.name.replaceAll('`', '``')}\``));
  }
}

/** Runs one statement of test data (values as parameters) in a write transaction. */
export async function build(db: Database, statement: string, params: Record<string, unknown> = {}): Promise<void> {
  await db.withSession('WRITE', (s) => s.executeWrite((tx) => tx.run(statement, params)));
}

/** What start-up could write to: counts and content hash, the names in use, indexes and constraints. */
export async function snapshot(db: Database) {
  const [content, names, indexes, constraints] = await Promise.all([
    fingerprint(db),
    readSchemaNames(db),
    readIndexes(db),
    readConstraints(db),
  ]);
  const sorted = (set: ReadonlySet<string>) => [...set].sort();
  return {
    content,
    labels: sorted(names.labels),
    relationshipTypes: sorted(names.relationshipTypes),
    propertyKeys: sorted(names.propertyKeys),
    indexes: indexes.map((i) => JSON.stringify(i)),
    constraints: constraints.map((c) => JSON.stringify(c)),
    hash: createHash('sha256')
      .update(JSON.stringify([content, indexes, constraints]))
      .digest('hex'),
  };
}

/** Puts the flagship back: empty, Hulian's schema, the bundled dataset. */
export async function restoreFlagship(db: Database): Promise<void> {
  await emptyEverything(db);
  await applySchema(db);
  await seedEmptyDatabase(db);
}
