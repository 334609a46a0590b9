// A batched import killed (SIGKILL) halfway through writing leaves the database as it was for every reader (the real
// server API and the reader predicate), and the next import removes what it wrote, saying so; a finished one leaves no marker.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { edgeListImportOptions, writeEdgeList } from '../fixtures/edge-list-generator.js';
import { deleteByPrefix, runCli } from '../fixtures/import-helpers.js';
import { getJson, startTestServer, type TestServer } from '../_server.js';

const neo4j = inject('neo4j');
const dir = mkdtempSync(join(tmpdir(), 'hulian-kill-'));
const tag = randomUUID().replace(/-/g, '').slice(0, 8);
const prefix = `kill-${tag}-`;
const type = `PAYS_${tag.toUpperCase()}`;
const path = join(dir, 'payments.csv');
const options = [...edgeListImportOptions({ type, prefix, sourceId: `kill-${tag}` }), '--batch-size', '200', '--progress', 'lines'];
const VISIBLE = (x: string) =>
  `(${x}.hulianImport IS NULL OR EXISTS { MATCH (p:Import {id: ${x}.hulianImport}) WHERE p.state = 'complete' })`;
let server: TestServer;

beforeAll(async () => {
  writeEdgeList(path, 6_000, 500, 20240607);
  server = await startTestServer({ QUERY_TIMEOUT_MS: '60000' });
});
afterAll(async () => {
  await deleteByPrefix(server.db, prefix);
  await server.db.withSession('WRITE', (s) =>
    s.run('MATCH (x) WHERE (x:Source AND x.id = $id) OR (x:RelType AND x.type = $type) DETACH DELETE x', { id: `kill-${tag}`, type }),
  );
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const one = async (cypher: string) => Number((await server.db.withSession('READ', (s) => s.run(cypher, { prefix }))).records[0]!.get(0));
const visibleCounts = async () => ({
  nodes: await one(`MATCH (n:Entity) WHERE ${VISIBLE('n')} RETURN count(n)`),
  relationships: await one(`MATCH ()-[r]->() WHERE ${VISIBLE('r')} RETURN count(r)`),
});
const markedRelationships = () => one('MATCH ()-[r]->() WHERE r.hulianImport IS NOT NULL RETURN count(r)');
const apiPicture = async () => {
  const graph = await getJson(server.baseUrl, '/api/graph?at=2014-06-01');
  const node = await getJson(server.baseUrl, `/api/nodes/${prefix}17`);
  return { graphStatus: graph.status, edges: graph.body.edges.length, nodeStatus: node.status };
};

/** Starts the importer and SIGKILLs it once `killAfter` of its relationships are written (still pending). */
function killMidway(killAfter: number): Promise<{ output: string; markedAtKill: number }> {
  // node itself (not the tsx wrapper, whose SIGKILL would leave its child running).
  const child = spawn(process.execPath, ['--import', 'tsx', resolve('server', 'cli', 'import.ts'), path, ...options], {
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  return new Promise((done, fail) => {
    const poll = setInterval(() => {
      void markedRelationships().then((marked) => {
        if (marked < killAfter) return;
        clearInterval(poll);
        child.kill('SIGKILL');
        child.once('exit', () => done({ output, markedAtKill: marked }));
      }, fail);
    }, 100);
    child.once('exit', (code) => {
      clearInterval(poll);
      if (code !== null) fail(new Error(`the import ended (${code}) before it could be killed:\n${output}`));
    });
  });
}

describe('a batched import killed halfway', () => {
  it('when killed while writing, then no reader sees any of it, and the next import removes it with a log line', async () => {
    const before = { counts: await visibleCounts(), api: await apiPicture() };
    expect(before.api.nodeStatus).toBe(404);
    const killed = await killMidway(600);
    expect(killed.markedAtKill).toBeGreaterThanOrEqual(600);
    expect(killed.markedAtKill).toBeLessThan(6_000);
    expect(killed.output).not.toMatch(/imported|writing: .*done in/);
    expect(await visibleCounts()).toEqual(before.counts);
    expect(await apiPicture()).toEqual(before.api);

    const next = await runCli('import.ts', [path, ...options, '--dry-run'], neo4j);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stdout).toMatch(/removed the unfinished import of payments\.csv/);
    expect(await markedRelationships()).toBe(0);
    expect(await one('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix RETURN count(n)')).toBe(0);
    expect(await one('MATCH (i:Import) RETURN count(i)')).toBe(0);
  }, 240_000);

  it('when it runs to the end, then everything is visible and no marker is left', async () => {
    const run = await runCli('import.ts', [path, ...options], neo4j);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/completing [\d.]+ s, cleaning [\d.]+ s/);
    expect(await one(`MATCH (:Entity)-[r:${type}]->(:Entity) WHERE ${VISIBLE('r')} RETURN count(r)`)).toBe(6_000);
    expect(await markedRelationships()).toBe(0);
    expect(await one('MATCH (n:Entity) WHERE n.hulianImport IS NOT NULL RETURN count(n)')).toBe(0);
    expect((await apiPicture()).nodeStatus).toBe(200);
  }, 240_000);
});
