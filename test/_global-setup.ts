// Vitest global setup: brings up one real Neo4j for the run, applies the schema and loads the bundled
// dataset (MERGE, so a user's own NEO4J_URI database is never wiped), then shares the connection.
import type { TestProject } from 'vitest/node';
import { Database } from '../server/db/database.js';
import { QueryRegistry } from '../server/db/query-registry.js';
import { REQUIRED_QUERIES } from '../server/db/required-queries.js';
import { applySchema } from '../server/db/schema.js';
import { readDatasetDir } from '../server/import/bundled.js';
import { loadDataset } from '../server/import/load.js';
import { neo4jForTests } from './_neo4j-for-tests.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; username: string; password: string; database: string; source: string };
  }
}

/** Some tests reset the database they run on; never do that to a user's own Neo4j without consent. */
function refuseUnconsentedReset(): void {
  if (process.env.NEO4J_URI && process.env.HULIAN_TESTS_MAY_RESET_DB !== '1') {
    throw new Error(`npm test writes to, and some tests reset, the database it runs against. NEO4J_URI is set (${process.env.NEO4J_URI}).
Either unset NEO4J_URI (the tests then use a temporary embedded Neo4j or a container),
or set HULIAN_TESTS_MAY_RESET_DB=1 to run them against that database anyway (it will be wiped and reloaded).`);
  }
}

export default async function setup(project: TestProject) {
  refuseUnconsentedReset();
  const started = Date.now();
  const target = await neo4jForTests();
  const db = Database.connect(target, QueryRegistry.load(REQUIRED_QUERIES), 5_000);
  try {
    await applySchema(db);
    await loadDataset(db, readDatasetDir(), { requireNameZh: true });
  } finally {
    await db.close();
  }
  console.log(`test Neo4j (${target.source}) ready at ${target.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('neo4j', {
    uri: target.uri,
    username: target.username,
    password: target.password,
    database: target.database,
    source: target.source,
  });
  return async () => target.stop();
}
