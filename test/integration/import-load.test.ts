// The loader against the real Neo4j: loading twice changes nothing, and a file that fails (at validation or at
// write time, even with --replace) leaves the database exactly as it was.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { readDatasetDir } from '../../server/import/bundled.js';
import { LoadIncompleteError, loadDataset } from '../../server/import/load.js';
import { ValidationError, type RawDataset } from '../../server/import/validate.js';
import { databaseFingerprint, deleteByPrefix } from '../fixtures/import-helpers.js';
import { testDatabase } from '../_server.js';

const db = testDatabase(60_000);
const prefix = `load-test-${randomUUID().slice(0, 8)}-`;
afterAll(async () => {
  await deleteByPrefix(db, prefix);
  await db.close();
});

/** A small network of its own (two nodes, one source, one new type) appended to a copy of the bundled data. */
function withOwnNetwork(type: string, relationships: Record<string, unknown>[]): RawDataset {
  const raw = structuredClone(readDatasetDir());
  raw.sources.push({ id: `${prefix}src`, title: 'probe', publisher: 'test', date: '2024-01-01', language: 'en' });
  raw.vocabulary.push({ type, label: 'probe', description: 'a probe type', category: 'open' });
  raw.nodes.push({ id: `${prefix}a`, kind: 'Node', name: 'A', nameZh: '甲' }, { id: `${prefix}b`, kind: 'Node', name: 'B', nameZh: '乙' });
  raw.relationships.push(
    ...relationships.map((r, i) => ({
      id: `${prefix}r${i}`,
      source: `${prefix}a`,
      target: `${prefix}b`,
      type,
      since: '2020',
      sources: [{ id: `${prefix}src`, pointer: 'p' }],
      ...r,
    })),
  );
  return raw;
}

describe('loadDataset', () => {
  it('when a file fails validation, then the database is exactly as it was', async () => {
    const before = await databaseFingerprint(db);
    const raw = withOwnNetwork('PROBE_VALID', [{}, { since: '2021-02-30' }]);
    await expect(loadDataset(db, raw, { requireNameZh: true })).rejects.toThrow(ValidationError);
    expect(await databaseFingerprint(db)).toEqual(before);
  });

  it('when the bundled dataset is loaded twice, then the counts and every property stay the same', async () => {
    const [countsBefore] = await db.read('count-data');
    const before = await databaseFingerprint(db);
    const summary = await loadDataset(db, readDatasetDir(), { requireNameZh: true });
    expect(summary.relationships).toBe(readDatasetDir().relationships.length);
    // Counted inside the load transaction: a second load creates nothing and finds every record already there.
    expect(
      Object.values(summary.created).every((n) => n === 0),
      JSON.stringify(summary.created),
    ).toBe(true);
    expect(summary.present).toMatchObject({
      relationships: summary.relationships,
      nodes: summary.nodes,
      sources: summary.sources,
      milestones: summary.milestones,
    });
    expect(await db.read('count-data')).toEqual([countsBefore]);
    expect(await databaseFingerprint(db)).toEqual(before);
  });

  it('when Neo4j rejects a batch at write time (a uniqueness constraint), then nothing of the file is written, even with replace', async () => {
    const type = `PROBE_${randomUUID().replace(/-/g, '').slice(0, 12).toUpperCase()}`;
    const constraint = `probe_${type.toLowerCase()}`;
    await db.withSession('WRITE', (s) => s.run(`CREATE CONSTRAINT ${constraint} FOR ()-[r:${type}]-() REQUIRE r.probeKey IS UNIQUE`));
    try {
      const before = await databaseFingerprint(db);
      const raw = withOwnNetwork(type, [{ properties: { probeKey: 1 } }, { properties: { probeKey: 1 } }]);
      for (const replace of [false, true]) {
        await expect(loadDataset(db, raw, { requireNameZh: true, replace })).rejects.toMatchObject({
          code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
        });
        expect(await databaseFingerprint(db)).toEqual(before);
      }
    } finally {
      await db.withSession('WRITE', (s) => s.run(`DROP CONSTRAINT ${constraint} IF EXISTS`));
    }
  });

  it('when a relationship end is missing at write time, then the load aborts and writes nothing', async () => {
    const before = await databaseFingerprint(db);
    const raw = withOwnNetwork('PROBE_GHOST', [{}, { target: `${prefix}ghost` }]);
    const knownNodes = new Map([[`${prefix}ghost`, 'Node']]);
    await expect(loadDataset(db, raw, { requireNameZh: true, knownNodes })).rejects.toThrow(LoadIncompleteError);
    expect(await databaseFingerprint(db)).toEqual(before);
  });

  it('when a valid network is loaded, then its nodes, relationship and source are in Neo4j', async () => {
    const summary = await loadDataset(db, withOwnNetwork('PROBE_OK', [{ properties: { weight: 2.5 } }]), { requireNameZh: true });
    expect(summary.created).toEqual({ sources: 1, vocabulary: 1, nodes: 2, ownership: 0, relationships: 1, milestones: 0 });
    const rows = await db.withSession('READ', async (s) =>
      (
        await s.run(
          'MATCH (a:Entity {id: $a})-[r:PROBE_OK]->(b:Node {id: $b}) RETURN r.weight AS weight, r.sources AS sources, toString(r.since) AS since',
          { a: `${prefix}a`, b: `${prefix}b` },
        )
      ).records.map((r) => r.toObject()),
    );
    expect(rows).toEqual([{ weight: 2.5, sources: [`${prefix}src`], since: '2020-01-01' }]);
    await db.withSession('WRITE', (s) =>
      s.run('MATCH (x) WHERE (x:Source AND x.id = $id) OR (x:RelType AND x.type = "PROBE_OK") DETACH DELETE x', { id: `${prefix}src` }),
    );
  });
});
