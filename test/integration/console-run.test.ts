// POST /api/cypher as the explorer uses it: results with a drawable graph, row cap, syntax positions,
// validation, rate limit; and every catalog question runs through the console and returns rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultParams } from '../../server/console/catalog.js';
import { getJson, startTestServer, type TestServer } from '../_server.js';
import { nodes } from './_api-expectations.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ CONSOLE_RATE_PER_MIN: '1000', CONSOLE_ROW_LIMIT: '50' });
});
afterAll(async () => server?.close());
const post = (body: unknown, base = server.baseUrl) =>
  getJson(base, '/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('POST /api/cypher', () => {
  it('when the body is not { query, params }, then it answers 400 naming the field', async () => {
    expect((await post({})).body.field).toBe('query');
    expect((await post({ query: '' })).body.field).toBe('query');
    expect((await post({ query: 'RETURN 1', params: [1] })).body.field).toBe('params');
    expect((await post({ query: 'x'.repeat(20_001) })).status).toBe(400);
  });

  it('when the query has a syntax error, then it answers 400 with field "query" and the position in the user\'s text', async () => {
    const { status, body } = await post({ query: 'MATCH (n\nRETURN n' });
    expect(status).toBe(400);
    expect(body.field).toBe('query');
    expect(body.position).toEqual({ line: 2, column: 1, offset: 9 });
    const first = await post({ query: 'MATCH (n RETURN n' });
    expect(first.body.position).toMatchObject({ line: 1, offset: 'MATCH (n '.length });
  });

  it('should return columns, plain-JSON rows, timing and the nodes and edges found in them', async () => {
    const { status, body } = await post({
      query: 'MATCH p = (a:Entity {id: $id})-[r]-(b:Entity) RETURN p, a.name AS name',
      params: { id: 'taobao' },
    });
    expect(status).toBe(200);
    expect(body.columns).toEqual(['p', 'name']);
    expect(body.rows.length).toBeGreaterThan(0);
    expect(body.timing.ms).toBeGreaterThanOrEqual(0);
    const ids = new Set(body.graph.nodes.map((n: { id: string }) => n.id));
    expect(ids.has('taobao')).toBe(true);
    for (const edge of body.graph.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    expect(body.graph.nodes.find((n: { id: string }) => n.id === 'taobao').group).toBe('alibaba');
  });

  it('when only relationships are returned, then their end nodes are still in the graph', async () => {
    const { body } = await post({ query: 'MATCH (:Entity {id: "taote"})-[r]-() RETURN r' });
    expect(body.graph.edges.length).toBe(body.rows.length);
    const ids = new Set(body.graph.nodes.map((n: { id: string }) => n.id));
    for (const edge of body.graph.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
  });

  it('should cap rows at CONSOLE_ROW_LIMIT with a truncated flag', async () => {
    const { body } = await post({ query: 'UNWIND range(1, 100000) AS i RETURN i' });
    expect(body.rows).toHaveLength(50);
    expect(body).toMatchObject({ truncated: true, rowLimit: 50 });
    expect((await post({ query: 'MATCH (n:Entity) RETURN n.id AS id' })).body.rows).toHaveLength(Math.min(50, nodes.length));
  });

  it('when a client goes over CONSOLE_RATE_PER_MIN, then it gets a 429 problem', async () => {
    const limited = await startTestServer({ CONSOLE_RATE_PER_MIN: '2' });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await post({ query: 'RETURN 1 AS one' }, limited.baseUrl)).status);
      expect(statuses).toEqual([200, 200, 429]);
      const { body, headers } = await post({ query: 'RETURN 1' }, limited.baseUrl);
      expect(headers.get('content-type')).toMatch(/problem\+json/);
      expect(body.status).toBe(429);
    } finally {
      await limited.close();
    }
  });
});

describe('GET /api/queries', () => {
  it('should list at least six questions with English and Chinese titles and parameter defaults', async () => {
    const { status, body } = await getJson(server.baseUrl, '/api/queries');
    expect(status).toBe(200);
    expect(body.queries.length).toBeGreaterThanOrEqual(6);
    for (const q of body.queries) {
      expect(q.title, `${q.id}: title`).not.toBe('');
      expect(q.titleZh, `${q.id}: titleZh`).not.toBe('');
      expect(q.cypher, `${q.id}: cypher`).toMatch(/\bRETURN\b/i);
      for (const p of q.params) expect(q.cypher).toContain(`$${p.name}`);
    }
  });

  it('should run every catalog question through the console with its defaults and get rows back', async () => {
    const { body } = await getJson(server.baseUrl, '/api/queries');
    for (const q of body.queries) {
      const result = await post({ query: q.cypher, params: defaultParams(q) });
      expect(result.status, `${q.id}: ${JSON.stringify(result.body)}`).toBe(200);
      expect(result.body.rows.length, q.id).toBeGreaterThan(0);
    }
  });
});
