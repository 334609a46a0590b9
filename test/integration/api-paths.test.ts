// /api/paths and /api/paths/earliest against the real Neo4j; expectations come from data/relationships.json.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, startTestServer, type TestServer } from '../_server.js';
import { idsInForce, isoDay, relationships } from './_api-expectations.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());
const get = (path: string) => getJson(server.baseUrl, path);

describe('GET /api/paths', () => {
  it('when a parameter is missing or out of range, then it answers 400 naming it', async () => {
    expect((await get('/api/paths?to=wechat&at=2022-01-01')).body.field).toBe('from');
    expect((await get('/api/paths?from=taobao&to=wechat&at=2022-01-01&maxHops=7')).body.field).toBe('maxHops');
    expect((await get('/api/paths?from=taobao&to=taobao&at=2022-01-01')).body.field).toBe('to');
    expect((await get('/api/paths?from=taobao&to=nobody&at=2022-01-01')).status).toBe(404);
  });

  it('should return shortest paths that use only relationships in force on the day', async () => {
    const day = '2022-01-01';
    const { status, body } = await get(`/api/paths?from=taobao&to=wechat&at=${day}&maxHops=6`);
    expect(status).toBe(200);
    expect(body.paths.length).toBeGreaterThan(0);
    const inForce = new Set(idsInForce(day));
    const lengths = new Set(body.paths.map((p: { edges: unknown[] }) => p.edges.length));
    expect(lengths.size).toBe(1);
    for (const path of body.paths) {
      expect(path.nodes[0]).toBe('taobao');
      expect(path.nodes.at(-1)).toBe('wechat');
      for (const edge of path.edges) expect(inForce.has(edge.id)).toBe(true);
    }
  });

  it('when no path exists within maxHops on the day, then the list is empty', async () => {
    const { body } = await get('/api/paths?from=taobao&to=wechat&at=2009-01-01&maxHops=6');
    const taobaoWechat = idsInForce('2009-01-01').filter((id) => id.includes('wechat'));
    expect(taobaoWechat).toEqual([]);
    expect(body.paths).toEqual([]);
  });
});

describe('GET /api/paths/earliest', () => {
  it('when maxHops is not a number, then it answers 400 naming maxHops', async () => {
    expect((await get('/api/paths/earliest?from=taobao&to=wechat-pay&maxHops=two')).body.field).toBe('maxHops');
  });

  it('should date Taobao → WeChat Pay (direct, ACCEPTS_PAYMENT_FROM) to the earliest since among those records', async () => {
    const direct = relationships.filter((r) => r.type === 'ACCEPTS_PAYMENT_FROM' && r.source === 'taobao' && r.target === 'wechat-pay');
    const earliest = direct.map((r) => isoDay(r.since)!).sort()[0];
    const { body } = await get('/api/paths/earliest?from=taobao&to=wechat-pay&maxHops=1&types=ACCEPTS_PAYMENT_FROM');
    expect(body.date).toBe(earliest);
    expect(body.path.nodes).toEqual(['taobao', 'wechat-pay']);
    expect(direct.map((r) => r.id)).toContain(body.path.edges[0].id);
  });

  it('should give a date no later than the earliest direct link, with a path in force on that date', async () => {
    const { body } = await get('/api/paths/earliest?from=taobao&to=wechat-pay&maxHops=6');
    const direct = relationships.filter((r) => [r.source, r.target].sort().join() === ['taobao', 'wechat-pay'].sort().join());
    expect(body.date <= direct.map((r) => isoDay(r.since)!).sort()[0]!).toBe(true);
    const inForce = new Set(idsInForce(body.date));
    for (const edge of body.path.edges) expect(inForce.has(edge.id)).toBe(true);
    const dayBefore = new Date(Date.parse(body.date) - 86_400_000).toISOString().slice(0, 10);
    expect((await get(`/api/paths?from=taobao&to=wechat-pay&at=${dayBefore}&maxHops=6`)).body.paths).toEqual([]);
  });

  it('when the two never connect, then date and path are null', async () => {
    const { body } = await get('/api/paths/earliest?from=taobao&to=wechat-pay&maxHops=1&types=BLOCKS');
    expect(body).toMatchObject({ date: null, path: null });
  });
});
