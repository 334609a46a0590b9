// The command-line tools against the run's Neo4j (through NEO4J_URI): db:reset and db:seed load exactly the
// bundled data, and `import` loads a JSON network that links to existing nodes, or refuses a bad one naming the record.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { readDatasetDir } from '../../server/import/bundled.js';
import { databaseFingerprint, deleteByPrefix, runCli } from '../fixtures/import-helpers.js';
import { testDatabase } from '../_server.js';

const neo4j = inject('neo4j');
const db = testDatabase(60_000);
const dir = mkdtempSync(join(tmpdir(), 'hulian-import-cli-'));
const prefix = `cli-${randomUUID().slice(0, 8)}-`;
afterAll(async () => {
  await deleteByPrefix(db, prefix);
  await db.withSession('WRITE', (s) =>
    s.run('MATCH (x) WHERE (x:Source AND x.id = $id) OR (x:RelType AND x.type = "TEST_LINKS") DETACH DELETE x', { id: `${prefix}src` }),
  );
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What a full load of data/ must produce, derived from the files. */
function expectedCounts() {
  const data = readDatasetDir() as unknown as Record<string, Record<string, unknown>[]>;
  const milestoneLinks = data.milestones!.reduce((sum, m) => sum + (m.regulator ? 1 : 0) + (m.concerns as string[]).length, 0);
  return {
    // + 1: the :Dataset node with the flagship's title and curated groups (data/dataset.json)
    nodes: data.nodes!.length + data.sources!.length + data.milestones!.length + data.vocabulary!.length + 1,
    relationships: data.relationships!.length + data.nodes!.filter((n) => n.owner).length + milestoneLinks,
  };
}

describe('db:reset and db:seed', () => {
  it('should refuse an unknown option with the usage and exit code 2', async () => {
    const run = await runCli('seed.ts', ['--wipe'], neo4j);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown option --wipe/);
  });

  it('when reset, then the database holds exactly the bundled data; seeding again changes nothing', async () => {
    const reset = await runCli('seed.ts', ['--reset'], neo4j);
    expect(reset.code, reset.stderr).toBe(0);
    expect(reset.stdout).toMatch(/wiped the database and loaded/);
    const [counts] = await db.read('count-data');
    expect(counts).toEqual(expectedCounts());
    const before = await databaseFingerprint(db);
    const seed = await runCli('seed.ts', [], neo4j);
    expect(seed.code, seed.stderr).toBe(0);
    expect(await databaseFingerprint(db)).toEqual(before);
  });
});

describe('import of a JSON network', () => {
  const network = (target: string) => ({
    vocabulary: [{ type: 'TEST_LINKS', label: 'links', description: 'a test link', category: 'open' }],
    nodes: [{ id: `${prefix}club`, kind: 'Organization', name: 'Test club' }],
    relationships: [
      { id: `${prefix}r1`, source: `${prefix}club`, target, type: 'TEST_LINKS', since: '2022-05', until: null },
      { id: `${prefix}r2`, source: `${prefix}club`, target: 'wechat', type: 'BLOCKS', since: '2020', until: '2021-09-17' },
    ],
  });

  it('should refuse a relationship to an unknown node, naming file, record and field, and write nothing', async () => {
    const before = await databaseFingerprint(db);
    const path = join(dir, 'bad.json');
    writeFileSync(path, JSON.stringify(network(`${prefix}nobody`)));
    const run = await runCli('import.ts', [path, '--source-title', 'test network'], neo4j);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`bad.json: relationships[0] (id "${prefix}r1"): field "target": unknown node id "${prefix}nobody"`);
    expect(await databaseFingerprint(db)).toEqual(before);
  });

  it('should import nodes and relationships that link to nodes already in the database, citing the file', async () => {
    const path = join(dir, 'good.json');
    writeFileSync(path, JSON.stringify(network('tencent')));
    const run = await runCli('import.ts', [path, '--source-id', `${prefix}src`, '--source-title', 'test network'], neo4j);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/1 nodes \(\+2 already in the database\), 2 relationships/);
    const rows = await db.withSession('READ', async (s) =>
      (
        await s.run(
          'MATCH (:Organization {id: $id})-[r]->(t:Entity) RETURN type(r) AS type, t.name AS target, r.sources AS sources, toString(r.until) AS until ORDER BY type',
          { id: `${prefix}club` },
        )
      ).records.map((r) => r.toObject()),
    );
    const names = Object.fromEntries(readDatasetDir().nodes.map((n) => [(n as { id: string }).id, (n as { name: string }).name]));
    expect(rows).toEqual([
      { type: 'BLOCKS', target: names.wechat, sources: [`${prefix}src`], until: '2021-09-17' },
      { type: 'TEST_LINKS', target: names.tencent, sources: [`${prefix}src`], until: null },
    ]);
  });
});
