// Read-only on a user's database (issue #14): a full session of the real server (`npm start`'s entry point) on a foreign
// database — start, every endpoint, the console (a read and a refused write), stop — leaves it exactly as it was:
// counts, labels, types, property keys, indexes, constraints and a content hash. The flagship is put back afterwards.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../server/db/database.js';
import { findFreePort } from '../../server/neo4j-process/free-port.js';
import { spawnServer } from '../_spawn-server.js';
import { testDatabase } from '../_server.js';
import { emptyEverything, restoreFlagship, snapshot } from './_foreign-db.js';
import { waitUntil } from './_reliability.js';
import { SCENARIOS } from './_foreign-scenarios.js';

let db: Database;
beforeAll(async () => {
  db = testDatabase(30_000);
});
afterAll(async () => {
  await restoreFlagship(db);
  await db.close();
}, 180_000);

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Every GET the explorer makes, with ids and days taken from the timeline it was given. */
function explorerReads(timeline: Body): string[] {
  const [first, second] = timeline.nodes as Body[];
  const [from, to] = [encodeURIComponent(first!.id), encodeURIComponent(second!.id)];
  const day = `${timeline.range.to}-12-31`;
  const start = `${timeline.range.from}-01-01`;
  return [
    '/api/health',
    `/api/graph?at=${day}`,
    `/api/graph?at=${day}&include=all`,
    `/api/diff?from=${start}&to=${day}`,
    '/api/stats',
    `/api/nodes?q=${encodeURIComponent(String(first!.name).slice(0, 2))}`,
    `/api/nodes/${from}`,
    `/api/nodes/${from}/neighbors?at=${day}&depth=2`,
    `/api/paths?from=${from}&to=${to}&at=${day}`,
    `/api/paths/earliest?from=${from}&to=${to}`,
    '/api/queries',
    '/api/openapi.json',
  ];
}

const wholeSession = SCENARIOS.filter((s) => /epoch-millisecond|valid_from|two relationship types/.test(s.name));

describe.each(wholeSession)('after a whole session on a foreign database with $name', (scenario) => {
  it('then the database is exactly as before: counts, names, indexes, constraints, content hash', async () => {
    await emptyEverything(db);
    await scenario.build(db);
    const before = await snapshot(db);
    const target = inject('neo4j');
    const port = await findFreePort();
    const server = spawnServer({
      NEO4J_URI: target.uri,
      NEO4J_USERNAME: target.username,
      NEO4J_PASSWORD: target.password,
      NEO4J_DATABASE: target.database,
      PORT: String(port),
    });
    const base = `http://127.0.0.1:${port}`;
    try {
      await server.waitFor(/explorer ready at/, 60_000);
      await waitUntil(async () => (await fetch(`${base}/api/ready`)).status === 200, 30_000);
      const ready = (await (await fetch(`${base}/api/ready`)).json()) as Body;
      expect(ready.mode).toBe('foreign');
      const timelineResponse = await fetch(`${base}/api/timeline`);
      expect(timelineResponse.status).toBe(200);
      const timeline = (await timelineResponse.json()) as Body;
      expect(timeline.edges.rows.length).toBeGreaterThan(0);
      for (const path of explorerReads(timeline)) {
        const res = await fetch(`${base}${path}`);
        expect(res.status, `${path}: ${await res.clone().text()}`).toBeLessThan(300);
      }
      const consoleRun = (query: string) =>
        fetch(`${base}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      const read = await consoleRun('MATCH (n)-[r]->(m) RETURN n, r, m LIMIT 5');
      expect(read.status).toBe(200);
      expect(((await read.json()) as Body).rows.length).toBeGreaterThan(0);
      const write = await consoleRun('MATCH (n) SET n.touched = true RETURN n');
      expect(write.status).toBeGreaterThanOrEqual(400);
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.exited).toBe(0);
    expect(await snapshot(db)).toEqual(before);
  }, 120_000);
});
