// The sample questions follow the data: on the bundled network every curated question applies; on an imported edge
// list (which replaces it) none does, and questions generated from the import's own types and nodes take their place,
// each answering with rows through the console. The bundled network is loaded back afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { catalog, defaultParams, type CatalogQuery } from '../../server/console/catalog.js';
import { catalogFor } from '../../server/console/catalog-for-data.js';
import { writeEdgeList } from '../fixtures/edge-list-generator.js';
import { runCli } from '../fixtures/import-helpers.js';
import { getJson, startTestServer, type TestServer } from '../_server.js';

const neo4j = inject('neo4j');
const dir = mkdtempSync(join(tmpdir(), 'hulian-catalog-'));
const path = join(dir, 'ratings.csv');
const TYPE = 'RATES';
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ CONSOLE_RATE_PER_MIN: '1000' });
  writeEdgeList(path, 400, 40, 7);
});
afterAll(async () => {
  const reset = await runCli('seed.ts', ['--reset'], neo4j);
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
  if (reset.code !== 0) throw new Error(`could not load the bundled network back: ${reset.stderr}`);
}, 180_000);

const runs = async (question: CatalogQuery) =>
  getJson(server.baseUrl, '/api/cypher', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: question.cypher, params: defaultParams(question) }),
  });

describe('sample questions for the data', () => {
  it('when the bundled network is loaded, then every curated question applies and none is generated', async () => {
    const ids = (await catalogFor(server.db)).map((q) => q.id);
    expect(ids).toEqual(catalog().map((q) => q.id));
  });

  it('when an imported edge list replaced it, then no curated question is offered and generated ones answer with rows', async () => {
    const imported = await runCli(
      'import.ts',
      [path, '--replace', '--no-header', '--columns', 'source,target,rating,time', '--type', TYPE, '--since-col', 'time'].concat([
        '--since-format',
        'unix',
        '--props',
        'rating',
        '--source-title',
        'Ratings test network',
        '--no-progress',
      ]),
      neo4j,
    );
    expect(imported.code, imported.stderr).toBe(0);
    const questions = await catalogFor(server.db);
    const curated = new Set(catalog().map((q) => q.id));
    expect(questions.filter((q) => curated.has(q.id))).toEqual([]);
    expect(questions.map((q) => q.id)).toEqual(
      expect.arrayContaining([
        `relationships-began-in-year--${TYPE.toLowerCase()}`,
        `most-relationships-of-type--${TYPE.toLowerCase()}`,
        'path-between-best-connected',
        'changes-in-year',
      ]),
    );
    for (const question of questions) {
      expect(`${question.title} ${question.titleZh}`, question.id).not.toMatch(/\{\w+\}|null|undefined/);
      const typeParam = question.params.find((p) => p.name === 'type');
      if (typeParam) expect(typeParam.default, question.id).toBe(TYPE);
      const result = await runs(question);
      expect(result.status, `${question.id}: ${JSON.stringify(result.body)}`).toBe(200);
      expect(result.body.rows.length, question.id).toBeGreaterThan(0);
    }
  }, 180_000);
});
