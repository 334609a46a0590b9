// `npm run import` on a generated 100,000-relationship edge list in the SNAP bitcoin-otc format (no header,
// source,target,rating,unix_time) with column mapping: Neo4j ends up holding exactly what was generated.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { edgeListImportOptions, writeEdgeList, type GeneratedEdgeList } from '../fixtures/edge-list-generator.js';
import { deleteByPrefix, runCli } from '../fixtures/import-helpers.js';
import { testDatabase } from '../_server.js';

const ROWS = 100_000;
const neo4j = inject('neo4j');
const db = testDatabase(120_000);
const dir = mkdtempSync(join(tmpdir(), 'hulian-100k-'));
const tag = randomUUID().replace(/-/g, '').slice(0, 8);
const prefix = `otc-${tag}-`;
const type = `RATES_${tag.toUpperCase()}`;
const sourceId = `otc-${tag}`;
const path = join(dir, 'soc-sign-bitcoinotc-sample.csv');
const mapping = [...edgeListImportOptions({ type, prefix, sourceId }), '--no-progress'];
let generated: GeneratedEdgeList;

beforeAll(() => {
  generated = writeEdgeList(path, ROWS, 6_000, 20240830);
});
afterAll(async () => {
  await deleteByPrefix(db, prefix);
  await db.withSession('WRITE', (s) =>
    s.run('MATCH (x) WHERE (x:Source AND x.id = $sourceId) OR (x:RelType AND x.type = $type) DETACH DELETE x', { sourceId, type }),
  );
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

const query = async (cypher: string) =>
  db.withSession('READ', async (s) => (await s.run(cypher, { prefix, type })).records.map((r) => r.toObject()));

describe('import of a 100k edge list', () => {
  it('should refuse the file without a column mapping, naming what is missing', async () => {
    const run = await runCli('import.ts', [path, '--no-header', '--type', type], neo4j);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--columns/);
  }, 60_000);

  it('should validate it in a dry run without writing anything', async () => {
    const run = await runCli('import.ts', [path, ...mapping, '--dry-run'], neo4j);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`${generated.nodeIds.size} nodes (+0 already in the database), ${ROWS} relationships`);
    const [nodes] = await query('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n');
    expect(Number(nodes!.n)).toBe(0);
  }, 180_000);

  it('should import every row as a dated relationship with its rating, between the nodes it names', async () => {
    const run = await runCli('import.ts', [path, ...mapping], neo4j);
    expect(run.code, run.stderr).toBe(0);
    const rate = Math.round(ROWS / (run.ms / 1000));
    console.log(
      `100k-relationship import: ${(run.ms / 1000).toFixed(1)} s wall clock (${rate} relationships/s); CLI said: ${run.stdout.trim().split('\n').at(-1)}`,
    );
    const [counts] = await query(`
      MATCH (a:Node)-[r]->(b:Node) WHERE a.id STARTS WITH $prefix AND type(r) = $type
      RETURN count(r) AS rels, sum(r.rating) AS ratingSum,
             toString(min(r.since)) AS first, toString(max(r.since)) AS last, count(DISTINCT r.id) AS ids`);
    const [nodes] = await query('MATCH (n:Node) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n');
    expect({
      rels: Number(counts!.rels),
      ids: Number(counts!.ids),
      ratingSum: Number(counts!.ratingSum),
      first: counts!.first,
      last: counts!.last,
      nodes: Number(nodes!.n),
    }).toEqual({
      rels: ROWS,
      ids: ROWS,
      ratingSum: generated.ratingSum,
      first: generated.firstDay,
      last: generated.lastDay,
      nodes: generated.nodeIds.size,
    });
  }, 600_000);

  it('when imported a second time, then it reports nothing new and the counts stay the same', async () => {
    const run = await runCli('import.ts', [path, ...mapping], neo4j);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      `nothing new: all of it was already in the database (${ROWS} relationships, ${generated.nodeIds.size} nodes, 1 source, 1 vocabulary entry)`,
    );
    const [counts] = await query('MATCH (a:Node)-[r]->() WHERE a.id STARTS WITH $prefix AND type(r) = $type RETURN count(r) AS rels');
    expect(Number(counts!.rels)).toBe(ROWS);
  }, 600_000);
});
