// /api/graph, /api/timeline, /api/diff and /api/stats against the real Neo4j and the bundled dataset;
// expectations come from data/*.json or direct Cypher through the console.
import { get as httpGet } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeTimeline } from '../../client/src/lib/timeline-wire.js';
import { responses } from '../../contract/responses.js';
import { getJson, startTestServer, type TestServer } from '../_server.js';
import { dataset, idsInForce, isoDay, nodes, relationships, vocabulary } from './_api-expectations.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ CONSOLE_RATE_PER_MIN: '1000' });
});
afterAll(async () => server?.close());
const get = (path: string, init?: RequestInit) => getJson(server.baseUrl, path, init);
const ids = (edges: { id: string }[]) => edges.map((e) => e.id).sort();

describe('GET /api/graph', () => {
  it('when `at` is missing or not a real date, then it answers 400 naming `at`', async () => {
    for (const bad of ['', '?at=2015-13-01', '?at=2015-02-30', '?at=yesterday', '?at=2015-01-01&at=2016-01-01']) {
      const { status, body, headers } = await get(`/api/graph${bad}`);
      expect(status).toBe(400);
      expect(headers.get('content-type')).toMatch(/problem\+json/);
      expect(body.field).toBe('at');
      expect(body.detail).toMatch(/`at` must be a/);
    }
  });

  it('should return exactly the relationships of data/relationships.json in force on the day', async () => {
    for (const day of ['2008-06-01', '2015-01-01', '2021-09-17', '2024-12-31']) {
      const { status, body } = await get(`/api/graph?at=${day}`);
      expect(status).toBe(200);
      expect(ids(body.edges)).toEqual(idsInForce(day));
    }
  });

  it('should return the nodes touched by those edges, or every node with include=all', async () => {
    const { body } = await get('/api/graph?at=2015-01-01');
    const touched = new Set(body.edges.flatMap((e: { source: string; target: string }) => [e.source, e.target]));
    expect(new Set(body.nodes.map((n: { id: string }) => n.id))).toEqual(touched);
    const all = await get('/api/graph?at=2015-01-01&include=all');
    expect(all.body.nodes).toHaveLength(nodes.length);
  });

  it("should give each node the group the timeline's grouping gives it", async () => {
    const { body: timeline } = await get('/api/timeline');
    const groupIds = new Set(timeline.grouping.groups.map((g: { id: string }) => g.id));
    const groupOf = new Map(timeline.nodes.map((n: { id: string; group: string }) => [n.id, n.group]));
    const { body } = await get('/api/graph?at=2024-12-31&include=all');
    expect(body.nodes.length).toBeGreaterThan(0);
    for (const node of body.nodes) {
      expect(groupIds.has(node.group), node.id).toBe(true);
      expect(node.group, node.id).toBe(groupOf.get(node.id));
    }
  });
});

describe('GET /api/timeline', () => {
  it('should hold every node, relationship, milestone, vocabulary entry and source of the dataset', async () => {
    const { status, body: wire } = await get('/api/timeline');
    expect(status).toBe(200);
    const body = decodeTimeline(wire);
    expect(body.nodes).toHaveLength(nodes.length);
    expect(ids(body.edges)).toEqual(relationships.map((r) => r.id).sort());
    expect(body.milestones).toHaveLength(dataset.milestones.length);
    expect(body.vocabulary).toHaveLength(vocabulary.length);
    expect(body.sources).toHaveLength(dataset.sources.length);
    const sinceYears = relationships.map((r) => Number(r.since.slice(0, 4)));
    expect(body.range.from).toBe(Math.min(...sinceYears));
    const began2021 = relationships.filter((r) => r.since.startsWith('2021')).length;
    expect(body.years.find((y) => y.year === 2021)?.began).toBe(began2021);
    for (const { year, inForce } of body.years) expect(inForce).toBe(idsInForce(`${year}-12-31`).length);
  });

  it('should send edges as rows under a `fields` header that decode to the same Edges as /api/graph', async () => {
    const { body: wire } = await get('/api/timeline');
    expect(wire.edges.rows.every((row: unknown[]) => row.length === wire.edges.fields.length)).toBe(true);
    const timeline = decodeTimeline(wire);
    for (const day of ['2015-01-01', '2021-09-17']) {
      const inForce = timeline.edges.filter((e) => e.since <= day && (e.until === null || e.until > day));
      const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
      expect(inForce.sort(byId)).toEqual((await get(`/api/graph?at=${day}`)).body.edges.sort(byId));
    }
  });

  it('should match the response shape its OpenAPI document gives', async () => {
    const { body } = await get('/api/timeline');
    expect(responses.timeline.safeParse(body).error).toBeUndefined();
  });

  it('should be compressed and carry the ETag of the data version; a repeat with If-None-Match gets 304', async () => {
    const first = await fetch(`${server.baseUrl}/api/timeline`, { headers: { 'accept-encoding': 'gzip' } });
    await first.arrayBuffer();
    expect(first.headers.get('content-encoding')).toBe('gzip');
    const etag = first.headers.get('etag')!;
    // Weak: one version tag for the gzip, brotli and plain bytes of the same JSON (server/services/timeline-body.ts).
    expect(etag).toMatch(/^W\/"[^"]+"$/);
    // As a browser revalidates its cached copy (fetch() would add Cache-Control: no-cache, which rightly forces a 200).
    const revalidate = (tag: string) =>
      new Promise<number>((resolve, reject) => {
        httpGet(`${server.baseUrl}/api/timeline`, { headers: { 'if-none-match': tag } }, (res) => {
          res.resume();
          resolve(res.statusCode!);
        }).on('error', reject);
      });
    expect(await revalidate(etag)).toBe(304);
    expect(await revalidate('"something-else"')).toBe(200);
  });
});

describe('GET /api/diff', () => {
  it('when `from` or `to` is not a date, then it answers 400 naming the field', async () => {
    expect((await get('/api/diff?from=2015-01-01')).body.field).toBe('to');
    expect((await get('/api/diff?from=2015-1-1&to=2016-01-01')).body.field).toBe('from');
  });

  it('should agree with two /api/graph calls', async () => {
    const [from, to] = ['2019-06-01', '2022-06-01'];
    const [{ body }, a, b] = await Promise.all([
      get(`/api/diff?from=${from}&to=${to}`),
      get(`/api/graph?at=${from}`),
      get(`/api/graph?at=${to}`),
    ]);
    const atFrom = new Set(ids(a.body.edges));
    const atTo = new Set(ids(b.body.edges));
    expect(ids(body.added)).toEqual([...atTo].filter((id) => !atFrom.has(id)).sort());
    expect(ids(body.ended)).toEqual([...atFrom].filter((id) => !atTo.has(id)).sort());
    expect(ids(body.unchanged)).toEqual([...atFrom].filter((id) => atTo.has(id)).sort());
    expect(body.counts).toEqual({ added: body.added.length, ended: body.ended.length, unchanged: body.unchanged.length });
  });
});

describe('GET /api/stats', () => {
  it('should count in-force relationships by type on 31 December as data/relationships.json does', async () => {
    const { status, body } = await get('/api/stats');
    expect(status).toBe(200);
    for (const year of [2013, 2021, 2024]) {
      const stat = body.years.find((y: { year: number }) => y.year === year);
      const expected: Record<string, number> = {};
      for (const id of idsInForce(`${year}-12-31`)) {
        const type = relationships.find((r) => r.id === id)!.type;
        expected[type] = (expected[type] ?? 0) + 1;
      }
      expect(stat.inForceByType).toEqual(expected);
      expect(stat.ended).toBe(relationships.filter((r) => isoDay(r.until)?.startsWith(String(year))).length);
    }
  });

  it('should compute openness from open and closed pairs, and rank the most-connected nodes', async () => {
    const { body } = await get('/api/stats');
    const category = new Map(vocabulary.map((v) => [v.type, v.category]));
    const stat = body.years.find((y: { year: number }) => y.year === 2022);
    const inForce = idsInForce('2022-12-31').map((id) => relationships.find((r) => r.id === id)!);
    const pairs = (cat: string) =>
      new Set(inForce.filter((r) => category.get(r.type) === cat).map((r) => [r.source, r.target].sort().join('|')));
    const open = pairs('open').size;
    const closed = pairs('closed').size;
    expect(stat.openness).toBeCloseTo(open / (open + closed), 3);
    const degree = new Map<string, number>();
    for (const r of inForce) for (const id of [r.source, r.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    expect(stat.topNodes[0].degree).toBe(Math.max(...degree.values()));
    expect(body.openness.definition).toMatch(/open/);
  });
});
