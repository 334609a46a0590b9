// /api/nodes search, /api/nodes/:id and /api/nodes/:id/neighbors against the real Neo4j and the bundled dataset.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, startTestServer, type TestServer } from '../_server.js';
import { idsInForce, nodes, relationships } from './_api-expectations.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());
const get = (path: string) => getJson(server.baseUrl, path);

describe('GET /api/nodes?q=', () => {
  it('when `q` is missing, empty or too long, or `limit` is out of range, then it answers 400 naming the field', async () => {
    expect((await get('/api/nodes')).body.field).toBe('q');
    expect((await get('/api/nodes?q=%20%20')).body.field).toBe('q');
    expect((await get(`/api/nodes?q=${'a'.repeat(101)}`)).body.field).toBe('q');
    expect((await get('/api/nodes?q=tao&limit=0')).body.field).toBe('limit');
    expect((await get('/api/nodes?q=tao&limit=x')).status).toBe(400);
  });

  it('should find 淘特 by its Chinese name and "taobao special edition" by alias, case-insensitively', async () => {
    const zh = await get(`/api/nodes?q=${encodeURIComponent('淘特')}`);
    expect(zh.body.results[0]).toMatchObject({ id: 'taote', matched: 'nameZh' });
    const alias = await get(`/api/nodes?q=${encodeURIComponent('TAOBAO special EDITION')}`);
    expect(alias.body.results[0]).toMatchObject({ id: 'taote', matched: 'alias' });
  });

  it('should rank exact above prefix above contains and honour the limit', async () => {
    const { body } = await get('/api/nodes?q=taobao&limit=50');
    const scores = body.results.map((r: { score: number }) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(body.results[0].id).toBe(nodes.find((n) => n.name.toLowerCase() === 'taobao')!.id);
    const expected = nodes.filter((n) => [n.name, n.nameZh ?? '', ...(n.aliases ?? [])].some((t) => t.toLowerCase().includes('taobao')));
    expect(body.results.map((r: { id: string }) => r.id).sort()).toEqual(expected.map((n) => n.id).sort());
    expect((await get('/api/nodes?q=a&limit=3')).body.results).toHaveLength(3);
  });
});

describe('GET /api/nodes/:id', () => {
  it('when the id is unknown, then it answers 404; when malformed, then 400 naming `id`', async () => {
    expect((await get('/api/nodes/no-such-entity')).status).toBe(404);
    const bad = await get(`/api/nodes/${encodeURIComponent("x' }) DETACH DELETE n //")}`);
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('id');
  });

  it('should return the node, its owner, what it owns and all its relationships over time with sources', async () => {
    const { status, body } = await get('/api/nodes/taobao');
    expect(status).toBe(200);
    expect(body.node.id).toBe('taobao');
    expect(body.owner?.id ?? null).toBe(nodes.find((n) => n.id === 'taobao')!.owner ?? null);
    expect(body.owns.map((n: { id: string }) => n.id).sort()).toEqual(
      nodes
        .filter((n) => n.owner === 'taobao')
        .map((n) => n.id)
        .sort(),
    );
    const mine = relationships.filter((r) => r.source === 'taobao' || r.target === 'taobao');
    expect(body.relationships.map((r: { id: string }) => r.id).sort()).toEqual(mine.map((r) => r.id).sort());
    for (const rel of body.relationships) {
      expect(rel.direction).toBe(rel.source === 'taobao' ? 'out' : 'in');
      expect(rel.other.id).toBe(rel.direction === 'out' ? rel.target : rel.source);
      expect(rel.sources.length).toBeGreaterThan(0);
      expect(rel.sources[0].pointer).toMatch(/^line \d+/);
    }
  });
});

describe('GET /api/nodes/:id/neighbors', () => {
  it('when depth, at or types are bad, then it answers 400 naming the field', async () => {
    expect((await get('/api/nodes/taobao/neighbors?at=2022-01-01&depth=4')).body.field).toBe('depth');
    expect((await get('/api/nodes/taobao/neighbors?depth=1')).body.field).toBe('at');
    expect((await get('/api/nodes/taobao/neighbors?at=2022-01-01&types=NOT_A_TYPE')).body.field).toBe('types');
    expect((await get('/api/nodes/nobody/neighbors?at=2022-01-01')).status).toBe(404);
  });

  it('at depth 1, should return exactly the in-force relationships touching the node', async () => {
    const day = '2022-01-01';
    const { body } = await get(`/api/nodes/wechat/neighbors?at=${day}&depth=1`);
    const inForce = new Set(idsInForce(day));
    const expected = relationships
      .filter((r) => inForce.has(r.id) && (r.source === 'wechat' || r.target === 'wechat'))
      .map((r) => r.id)
      .sort();
    expect(body.edges.map((e: { id: string }) => e.id).sort()).toEqual(expected);
    expect(body.nodes[0].id).toBe('wechat');
  });

  it('should widen with depth and keep only the requested types', async () => {
    const one = await get('/api/nodes/wechat/neighbors?at=2022-01-01&depth=1');
    const two = await get('/api/nodes/wechat/neighbors?at=2022-01-01&depth=2');
    expect(two.body.edges.length).toBeGreaterThanOrEqual(one.body.edges.length);
    const blocks = await get('/api/nodes/wechat/neighbors?at=2015-01-01&depth=2&types=BLOCKS');
    expect(blocks.body.edges.length).toBeGreaterThan(0);
    expect(new Set(blocks.body.edges.map((e: { type: string }) => e.type))).toEqual(new Set(['BLOCKS']));
  });
});
