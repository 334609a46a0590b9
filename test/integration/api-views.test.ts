// The views computed in Neo4j (issue #19) on every storage form of the lens scenarios: the histogram, views and Compare
// agree with the client's own rules over the whole network, and whole-network reads refuse a network above the limit.
// The run's one Neo4j is emptied and the flagship put back afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inForceAt } from '../../contract/dates.js';
import { diff, periodStart } from '../../client/src/lib/temporal.js';
import type { Database } from '../../server/db/database.js';
import { addDays } from '../../server/services/view-time.js';
import { getJson, startTestServer, testDatabase, type TestServer } from '../_server.js';
import { emptyEverything, restoreFlagship } from './_foreign-db.js';
import { SCENARIOS } from './_foreign-scenarios.js';
import { MORE_SCENARIOS } from './_foreign-scenarios-more.js';

let db: Database;
beforeAll(async () => {
  db = testDatabase(30_000);
});
afterAll(async () => {
  await restoreFlagship(db);
  await db.close();
}, 180_000);

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const ELEMENT_ID = /^\d+:[0-9a-f-]{36}:\d+$/;
const WITH_TIME = [...SCENARIOS, ...MORE_SCENARIOS].filter((s) => !s.name.includes('look temporal'));

describe.each(WITH_TIME)('views of a foreign database with $name', (scenario) => {
  let server: TestServer;
  let edges: { ref: string; since: string; until: string | null; source: string; target: string; type: string; id: string }[];
  const get = async (path: string, status = 200) => {
    const answer = await getJson(server.baseUrl, path);
    expect(answer.status, JSON.stringify(answer.body)).toBe(status);
    return answer.body as Body;
  };
  /** The histogram, asked again while the server answers 202 (its first preparation). */
  const histogram = async () => {
    for (;;) {
      const answer = await getJson(server.baseUrl, '/api/histogram');
      if (answer.status !== 202) return answer.body as Body;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  };
  const refsOf = (view: Body) => view.edges.map((e: Body) => String(e.props.ref)).sort();

  beforeAll(async () => {
    await emptyEverything(db);
    const expected = await scenario.build(db);
    edges = [...expected.edges].map(([ref, e]) => ({
      ref,
      id: ref,
      since: e.since,
      until: e.until,
      source: e.from,
      target: e.to,
      type: e.type,
    }));
    server = await startTestServer({ WHOLE_TIMELINE_MAX: '1' });
  });
  afterAll(() => server.close());

  it('then the histogram counts each relationship once by its start and once by its end, and asks for views', async () => {
    const body = await histogram();
    expect(body.delivery).toBe('views');
    const sum = (key: string) => body.buckets.reduce((total: number, b: Body) => total + b[key], 0);
    expect(sum('began')).toBe(edges.length);
    expect(sum('ended')).toBe(edges.filter((e) => e.until !== null).length);
    expect(body.first).toBe(edges.map((e) => e.since).sort()[0]);
    for (const edge of edges) {
      const bucket = body.buckets.find((b: Body) => b.at >= edge.since);
      expect(bucket, `a bucket holds ${edge.since}`).toBeDefined();
    }
  });

  it('then a window over the whole span returns every relationship, with captions and places, never element ids', async () => {
    const days = edges.flatMap((e) => [e.since, e.until ?? e.since]).sort();
    const [after, at] = [addDays(days[0]!, -1), days.at(-1)!];
    const view = await get(`/api/view?at=${at}&after=${after}&mode=window&budget=5000`);
    expect(refsOf(view)).toEqual(edges.map((e) => e.ref).sort());
    expect(view.counts.relationships).toBe(edges.length);
    for (const node of view.nodes) {
      expect(node.name).not.toMatch(ELEMENT_ID);
      expect(view.positions[node.id], `a place for ${node.name}`).toHaveLength(2);
    }
    const since = Object.fromEntries(view.edges.map((e: Body) => [String(e.props.ref), e.since]));
    expect(since).toEqual(Object.fromEntries(edges.map((e) => [e.ref, e.since])));
  });

  it('then views of whole histogram buckets (counted from the histogram where they can be) count exactly what they cover', async () => {
    const { buckets } = await histogram();
    for (let i = 1; i < buckets.length; i++) {
      const [after, at] = [buckets[i - 1].at as string, buckets[i].at as string];
      const began = edges.filter((e) => e.since > after && e.since <= at).length;
      const endedIn = edges.filter((e) => e.since <= after && e.until !== null && e.until > after && e.until <= at).length;
      const open = edges.filter((e) => e.since <= after && (e.until === null || e.until > after)).length;
      const window = await get(`/api/view?at=${at}&after=${after}&mode=window&budget=1`);
      expect(window.counts.relationships, `window to ${at}`).toBe(began + endedIn);
      const asOf = await get(`/api/view?at=${at}&after=${after}&mode=asof&budget=1`);
      expect(asOf.counts.relationships, `as of ${at}`).toBe(began + open);
    }
  });

  it('then an as-of view holds what is in force on its day and what ended in its step, and the budget cuts only the list', async () => {
    for (const edge of edges) {
      const at = edge.since;
      const after = addDays(at, -7);
      const wanted = edges.filter((e) => inForceAt(e, at) || (e.until !== null && e.until > after && e.until <= at)).map((e) => e.ref);
      const view = await get(`/api/view?at=${at}&after=${after}&mode=asof&budget=5000`);
      expect(refsOf(view), `as of ${at}`).toEqual(wanted.sort());
      const cut = await get(`/api/view?at=${at}&after=${after}&mode=asof&budget=1`);
      expect(cut.edges.length).toBeLessThanOrEqual(1);
      expect(cut.counts.relationships).toBe(view.counts.relationships);
    }
  });

  /** Two dates a third and two thirds into the data's days. */
  const twoDates = () => {
    const days = [...new Set(edges.flatMap((e) => [e.since, e.until ?? e.since]))].sort();
    return [days[Math.floor(days.length / 3)]!, days[Math.floor((2 * days.length) / 3)]!] as const;
  };

  it('then Compare as of counts exactly what the client counts over the whole network, the changes drawn first', async () => {
    const [from, to] = twoDates();
    const expected = diff(edges, from, to, { mode: 'asof', precision: 'day', windowYears: 1 });
    const body = await get(`/api/compare?from=${from}&to=${to}&mode=asof&budget=5000`);
    expect(body.counts).toEqual({
      added: expected.added.length,
      ended: expected.ended.length,
      persisted: expected.persisted.length,
      exact: true,
    });
    const refOf = new Map(body.edges.map((e: Body) => [e.id, String(e.props.ref)]));
    for (const change of ['added', 'ended', 'persisted'] as const)
      expect(body.changes[change].map((id: string) => refOf.get(id)).sort(), change).toEqual([...expected[change]].sort());
    const cut = await get(`/api/compare?from=${from}&to=${to}&mode=asof&budget=1`);
    expect(cut.edges.length).toBeLessThanOrEqual(1);
    expect(cut.counts).toEqual(body.counts);
    if (expected.added.length + expected.ended.length > 0) expect(cut.changes.persisted).toEqual([]);
  });

  it('then Compare over windows counts the node pairs the client counts, exactly when both windows were read whole', async () => {
    const [from, to] = twoDates();
    const options = { mode: 'window' as const, precision: 'month' as const, windowYears: 3 };
    const expected = diff(edges, from, to, options);
    const [fromAfter, toAfter] = [periodStart(from, options), periodStart(to, options)];
    const body = await get(`/api/compare?from=${from}&to=${to}&mode=window&fromAfter=${fromAfter}&toAfter=${toAfter}&budget=5000`);
    expect(body.counts).toEqual({
      added: expected.added.length,
      ended: expected.ended.length,
      persisted: expected.persisted.length,
      exact: true,
    });
    for (const node of body.nodes) expect(node.name).not.toMatch(ELEMENT_ID);
  });

  it('then a Compare without its windows or with its dates swapped is refused with the field named', async () => {
    expect((await get('/api/compare?from=2020-01-01&to=2021-01-01&mode=window', 400)).field).toBe('fromAfter');
    expect((await get('/api/compare?from=2021-01-01&to=2020-01-01', 400)).field).toBe('from');
  });

  it('then every whole-network read refuses the network and names the bounded endpoint to ask instead', async () => {
    for (const [path, instead] of [
      ['/api/timeline', '/api/view'],
      ['/api/graph?at=2020-01-01', '/api/view?mode=asof'],
      ['/api/diff?from=2019-01-01&to=2020-01-01', '/api/compare'],
      ['/api/stats', '/api/histogram'],
    ]) {
      const body = await get(path!, 409);
      expect(body.detail, path).toContain(instead);
    }
  });

  it('then a view whose period starts after its day is refused with the field named', async () => {
    const body = await get('/api/view?at=2020-01-01&after=2020-02-01', 400);
    expect(JSON.stringify(body)).toContain('after');
  });
});

describe("views of Hulian's own data (the flagship, read through the built-in lens)", () => {
  let server: TestServer;
  beforeAll(async () => {
    await restoreFlagship(db);
    server = await startTestServer({ WHOLE_TIMELINE_MAX: '1' });
  }, 180_000);
  afterAll(() => server.close());

  it('then the histogram and a view answer on the same path as a foreign database, with its own fields', async () => {
    let answer = await getJson(server.baseUrl, '/api/histogram');
    while (answer.status === 202) answer = await getJson(server.baseUrl, '/api/histogram');
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const total = answer.body.buckets.reduce((sum: number, b: Body) => sum + b.began, 0);
    expect(total).toBe(answer.body.relationships);
    expect(total).toBeGreaterThan(0);
    const view = await getJson(
      server.baseUrl,
      `/api/view?at=${answer.body.last}&after=${addDays(answer.body.first, -1)}&mode=asof&budget=5000`,
    );
    expect(view.status, JSON.stringify(view.body)).toBe(200);
    expect(view.body.edges.length).toBe(view.body.counts.relationships);
    expect(view.body.edges.some((e: Body) => e.sources.length > 0)).toBe(true);
  });
});
