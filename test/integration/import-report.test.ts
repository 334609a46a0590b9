// What `npm run import` tells its user, against the run's Neo4j: progress by phase with row counts, the rate over
// the write alone, a re-run reported as nothing new, the source dated by the file (or --source-date), and only used types written.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { edgeListImportOptions, writeEdgeList, type GeneratedEdgeList } from '../fixtures/edge-list-generator.js';
import { databaseFingerprint, deleteByPrefix, runCli } from '../fixtures/import-helpers.js';
import { testDatabase } from '../_server.js';

const neo4j = inject('neo4j');
const db = testDatabase(60_000);
const dir = mkdtempSync(join(tmpdir(), 'hulian-import-report-'));
const tag = randomUUID().replace(/-/g, '').slice(0, 8);
const prefix = `rep-${tag}-`;
const type = `RATES_${tag.toUpperCase()}`;
const sourceId = `rep-${tag}`;
const csv = join(dir, 'trust.csv');
const mapping = edgeListImportOptions({ type, prefix, sourceId });
let generated: GeneratedEdgeList;

/** Sets a file's modification time to noon UTC of `day`, so its UTC day is `day` whatever the time zone. */
const setModified = (path: string, day: string) => {
  const at = new Date(`${day}T12:00:00Z`);
  utimesSync(path, at, at);
};
const read = async (cypher: string, params: Record<string, unknown> = {}) =>
  db.withSession('READ', async (s) => (await s.run(cypher, params)).records.map((r) => r.toObject()));
const sourceDate = async (id: string) => (await read('MATCH (s:Source {id: $id}) RETURN toString(s.date) AS date', { id }))[0]?.date;
const relTypes = async () => (await read('MATCH (t:RelType) RETURN t.type AS type ORDER BY type')).map((r) => String(r.type));

beforeAll(() => {
  generated = writeEdgeList(csv, 400, 120, 4242);
  setModified(csv, '2019-06-15');
});
afterAll(async () => {
  await deleteByPrefix(db, prefix);
  await db.withSession('WRITE', (s) =>
    s.run('MATCH (x) WHERE (x:Source AND x.id STARTS WITH $sourceId) OR (x:RelType AND x.type STARTS WITH $type) DETACH DELETE x', {
      sourceId,
      type,
    }),
  );
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('import of a small edge list', () => {
  it('should show each phase with its row count and time the write apart from connecting', async () => {
    const run = await runCli('import.ts', [csv, ...mapping, '--progress', 'lines'], neo4j);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`hulian: reading: ${generated.rows} rows, done in`);
    expect(run.stderr).toMatch(/hulian: connecting\/starting Neo4j: done in \d+\.\d s/);
    expect(run.stderr).toContain(`hulian: validating: ${generated.rows} rows, done in`);
    expect(run.stderr).toMatch(/hulian: writing: \d+ rows, done in/);
    expect(run.stderr).toMatch(/hulian: completing: done in [\s\S]*hulian: cleaning: done in/);
    expect(run.stdout).toContain(`new: ${generated.rows} relationships, ${generated.nodeIds.size} nodes, 1 source, 1 vocabulary entry`);
    const time =
      /time: connecting\/starting Neo4j (\d+\.\d) s, reading \d+\.\d s, validating \d+\.\d s, writing (\d+\.\d) s \((\d+) relationships\/s written\)/.exec(
        run.stdout,
      );
    expect(time, run.stdout).not.toBeNull();
    // The rate is the rows over the write time as printed (rounded to 0.1 s), not over the whole run.
    const [writing, rate] = [Number(time![2]), Number(time![3])];
    expect(rate).toBeGreaterThanOrEqual(Math.floor(generated.rows / (writing + 0.05)));
    if (writing >= 0.1) expect(rate).toBeLessThanOrEqual(Math.ceil(generated.rows / (writing - 0.05)));
  }, 120_000);

  it("should date the file's source by the file's modification day, not the day of the import", async () => {
    expect(await sourceDate(sourceId)).toBe('2019-06-15');
  });

  it('when imported a second time, then it reports nothing new and every record already present, and the database is unchanged', async () => {
    const before = await databaseFingerprint(db);
    const run = await runCli('import.ts', [csv, ...mapping, '--no-progress'], neo4j);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      `nothing new: all of it was already in the database (${generated.rows} relationships, ${generated.nodeIds.size} nodes, 1 source, 1 vocabulary entry)`,
    );
    expect(run.stdout).not.toMatch(/new: [1-9]/);
    expect(await databaseFingerprint(db)).toEqual(before);
  }, 120_000);

  it('should take the source date from --source-date when given', async () => {
    const run = await runCli('import.ts', [csv, ...mapping, '--no-progress', '--source-date', '2020-03-04'], neo4j);
    expect(run.code, run.stderr).toBe(0);
    expect(await sourceDate(sourceId)).toBe('2020-03-04');
  }, 120_000);

  it.each(['2021-02-30', '2021-2-3', 'yesterday'])(
    'should refuse --source-date %s, naming the option, and write nothing',
    async (value) => {
      const before = await databaseFingerprint(db);
      const run = await runCli('import.ts', [csv, ...mapping, '--source-date', value], neo4j);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`--source-date must be a real day written YYYY-MM-DD, like 2024-03-31 (got "${value}")`);
      expect(await databaseFingerprint(db)).toEqual(before);
    },
  );
});

describe('the vocabulary an import writes', () => {
  const fresh = `${type}_FRESH`;
  const unused = 'SUES';
  let removed: Record<string, unknown> | undefined;

  beforeAll(async () => {
    // Take one flagship type this import does not use out of the database: an importer that writes types it does not use puts it back.
    const [row] = await db.withSession('WRITE', async (s) =>
      (
        await s.run('MATCH (t:RelType {type: $type}) WITH t, properties(t) AS props DETACH DELETE t RETURN props', { type: unused })
      ).records.map((r) => r.toObject()),
    );
    removed = row?.props as Record<string, unknown> | undefined;
  });
  afterAll(async () => {
    await db.withSession('WRITE', (s) =>
      s.run(
        'MATCH (t:RelType {type: $type}) DETACH DELETE t WITH count(*) AS _ UNWIND $restore AS props CREATE (t:RelType) SET t = props',
        { type: unused, restore: removed ? [removed] : [] },
      ),
    );
  });

  it('should write exactly the types its file uses: a fresh one and a flagship one, and no other', async () => {
    expect(removed, `the flagship vocabulary has no ${unused}`).toBeDefined();
    const typesBefore = await relTypes();
    expect(typesBefore).not.toContain(unused);
    const path = join(dir, 'club.json');
    writeFileSync(
      path,
      JSON.stringify({
        vocabulary: [{ type: fresh, label: 'links', description: 'a test link', category: 'open' }],
        nodes: [{ id: `${prefix}club`, kind: 'Organization', name: 'Test club' }],
        relationships: [
          { id: `${prefix}j1`, source: `${prefix}club`, target: 'tencent', type: fresh, since: '2022-05' },
          { id: `${prefix}j2`, source: `${prefix}club`, target: 'wechat', type: 'BLOCKS', since: '2020' },
        ],
      }),
    );
    setModified(path, '2018-02-03');
    const run = await runCli('import.ts', [path, '--source-id', `${sourceId}-json`, '--title', 'club network'], neo4j);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/new: 2 relationships, 1 node, 1 source, 1 vocabulary entry/);
    expect(run.stdout).toMatch(/already present: 0 relationships, 2 nodes, 0 sources, 1 vocabulary entry/);
    expect(await relTypes()).toEqual([...typesBefore, fresh].sort());
    const [source] = await read('MATCH (s:Source {id: $id}) RETURN s.title AS title, toString(s.date) AS date', { id: `${sourceId}-json` });
    expect(source).toEqual({ title: 'club network', date: '2018-02-03' });
  }, 120_000);
});
