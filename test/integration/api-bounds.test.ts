// The bounds of the node-level endpoints, answered by Neo4j on a generated foreign graph: search returns at most
// `limit`, Details its latest 500 relationships with the total, neighbours at most 2,000 relationships, a path search
// stays within its hop cap, and an export streams every relationship with the full count first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.js';
import { DETAIL_LIMIT, NEIGHBOR_LIMIT } from '../../server/services/node-service.js';
import { getJson, startTestServer, testDatabase, type TestServer } from '../_server.js';
import { build, emptyEverything, restoreFlagship } from './_foreign-db.js';

const SPOKES = 2_500;
let db: Database;
let server: TestServer;
const idOf = new Map<string, string>();
const get = async (path: string) => {
  const { status, body } = await getJson(server.baseUrl, path);
  expect(status, JSON.stringify(body)).toBe(200);
  return body as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
};

beforeAll(async () => {
  db = testDatabase(60_000);
  await emptyEverything(db);
  // A hub calling SPOKES people on days spread over 2020, and a chain a - b - c - d - e, one call a day in 2021.
  await build(db, 'CREATE (:Caller {name: "hub"})');
  await build(
    db,
    'MATCH (h:Caller {name: "hub"}) UNWIND range(1, $n) AS i CREATE (h)-[:CALLED {at: date("2020-01-01") + duration({days: i % 300})}]->(:Caller {name: "person " + i})',
    { n: SPOKES },
  );
  await build(
    db,
    'UNWIND range(0, 3) AS i MERGE (a:Caller {name: "chain " + i}) MERGE (b:Caller {name: "chain " + (i + 1)}) CREATE (a)-[:CALLED {at: date("2021-01-01") + duration({days: i})}]->(b)',
  );
  server = await startTestServer();
  for (const name of ['hub', 'chain 0', 'chain 3', 'chain 4']) {
    const { results } = await get(`/api/nodes?q=${encodeURIComponent(name)}&limit=1`);
    idOf.set(name, results[0].id);
  }
}, 240_000);
afterAll(async () => {
  await server?.close();
  await restoreFlagship(db);
  await db.close();
}, 240_000);

describe('bounded answers on a generated foreign graph', () => {
  it('when many captions match, then search answers at most `limit`, exact match first', async () => {
    expect((await get('/api/nodes?q=person&limit=50')).results).toHaveLength(50);
    expect((await get('/api/nodes?q=person%2012&limit=5')).results[0].name).toBe('person 12');
  });

  it('then Details lists the latest relationships up to its bound and says how many there are', async () => {
    const body = await get(`/api/nodes/${encodeURIComponent(idOf.get('hub')!)}`);
    expect(body.relationshipCount).toBe(SPOKES);
    expect(body.relationships).toHaveLength(DETAIL_LIMIT);
    const days = body.relationships.map((r: { since: string }) => r.since);
    expect(days).toEqual([...days].sort());
  });

  it('then a neighbourhood larger than its bound is cut there and says so', async () => {
    const body = await get(`/api/nodes/${encodeURIComponent(idOf.get('hub')!)}/neighbors?at=2021-06-01&depth=1`);
    expect(body.edges).toHaveLength(NEIGHBOR_LIMIT);
    expect(body.truncated).toBe(true);
  });

  it('then a path search finds no path longer than maxHops, and the path within it', async () => {
    const [from, to] = [encodeURIComponent(idOf.get('chain 0')!), encodeURIComponent(idOf.get('chain 4')!)];
    expect((await get(`/api/paths?from=${from}&to=${to}&at=2021-06-01&maxHops=3`)).paths).toEqual([]);
    expect((await get(`/api/paths?from=${from}&to=${to}&at=2021-06-01&maxHops=4`)).paths[0].nodes).toHaveLength(5);
    const earliest = await get(`/api/paths/earliest?from=${from}&to=${to}&maxHops=4`);
    expect(earliest).toMatchObject({ date: '2021-01-04', exhaustive: true });
    expect((await get(`/api/paths/earliest?from=${from}&to=${to}&maxHops=3`)).date).toBeNull();
  });

  it('then an export streams every relationship, with the full count before the first row', async () => {
    const res = await fetch(`${server.baseUrl}/api/export/relationships?format=csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('hulian-total-count')).toBe(String(SPOKES + 4));
    const lines = (await res.text()).trim().split('\n');
    expect(lines[0]).toBe('id,source,target,type,since,until,props');
    expect(lines).toHaveLength(SPOKES + 4 + 1);
    const onDay = await fetch(`${server.baseUrl}/api/export/relationships?format=ndjson&at=2021-01-02`);
    expect(onDay.headers.get('hulian-total-count')).toBe(String(SPOKES + 2));
  });
});
