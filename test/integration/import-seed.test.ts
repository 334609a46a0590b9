// The start-up seed (one seed-empty statement) against a private, empty Neo4j: it writes exactly what the generic
// importer writes for the bundled dataset, and nothing at all when the database already holds data or the data is bad.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.js';
import type { EmbeddedNeo4j } from '../../server/neo4j-process/embedded.js';
import { applySchema } from '../../server/db/schema.js';
import { readDatasetDir } from '../../server/import/bundled.js';
import { loadDataset } from '../../server/import/load.js';
import { seedEmptyDatabase, seedIfEmpty } from '../../server/import/seed.js';
import { ValidationError } from '../../server/import/validate.js';
import { connectTo, fingerprint, startPrivateNeo4j, tempDir } from './_reliability.js';

let neo4j: EmbeddedNeo4j;
let db: Database;
beforeAll(async () => {
  neo4j = await startPrivateNeo4j(tempDir('seed'));
  db = connectTo(neo4j.uri, 60_000);
  await applySchema(db);
}, 180_000);
afterAll(async () => {
  await db?.close();
  await neo4j?.stop();
});

describe('seedEmptyDatabase', () => {
  it('when the dataset is invalid, then it throws before writing anything', async () => {
    const raw = structuredClone(readDatasetDir());
    raw.relationships.push({
      id: 'seed-test-bad',
      source: 'nobody',
      target: 'nowhere',
      type: 'NOT_A_TYPE',
      since: '2020-02-30',
      sources: [],
    });
    await expect(seedEmptyDatabase(db, raw)).rejects.toThrow(ValidationError);
    expect(await db.read('count-data')).toEqual([{ nodes: 0, relationships: 0 }]);
  });

  it('when the database is empty, then it writes the same nodes, relationships and properties as the importer', async () => {
    const line = await seedIfEmpty(db);
    const raw = readDatasetDir();
    expect(line).toContain(`${raw.nodes.length} nodes, ${raw.relationships.length} relationships`);
    const seeded = await fingerprint(db);
    await loadDataset(db, readDatasetDir(), { requireNameZh: true, replace: true });
    expect(await fingerprint(db)).toEqual(seeded);
  }, 120_000);

  it('when the database holds data, then it writes nothing and says so', async () => {
    const before = await fingerprint(db);
    expect(await seedEmptyDatabase(db)).toBeNull();
    expect(await seedIfEmpty(db)).toBeNull();
    expect(await fingerprint(db)).toEqual(before);
  });
});
