// Every endpoint on a foreign database (issue #14, phase 2): for each foreign schema, the timeline, the graph on a day,
// Compare, the stats, search, Details, neighbours and both kinds of path answer from the lens, checked against the
// scenario's own values. The run's one Neo4j is emptied for these tests and the flagship is put back afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inForceAt } from '../../contract/dates.js';
import { EDGE_FIELDS } from '../../contract/edge-fields.js';
import type { Database } from '../../server/db/database.js';
import { getJson, startTestServer, testDatabase, type TestServer } from '../_server.js';
import { build, emptyEverything, restoreFlagship } from './_foreign-db.js';
import { SCENARIOS } from './_foreign-scenarios.js';

let db: Database;
beforeAll(async () => {
  db = testDatabase(30_000);
  await emptyEverything(db);
});
afterAll(async () => {
  await restoreFlagship(db);
  await db.close();
}, 180_000);

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const refsOf = (edges: Body[]) => edges.map((e) => String(e.props.ref)).sort();
const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

describe.each(SCENARIOS)('on a foreign database with $name', (scenario) => {
  let expected: Awaited<ReturnType<typeof scenario.build>>;
  let server: TestServer;
  let idOf: Map<string, string>;
  /** The scenario's edges with a ref (every one but the decoys), as [ref, edge]. */
  let edges: [string, { type: string; from: string; to: string; since: string; until: string | null }][];
  const get = async (path: string) => {
    const { status, body } = await getJson(server.baseUrl, path);
    expect(status, JSON.stringify(body)).toBe(200);
    return body as Body;
  };

  beforeAll(async () => {
    await emptyEverything(db);
    expected = await scenario.build(db);
    edges = [...expected.edges];
    server = await startTestServer();
    const timeline = await get('/api/timeline');
    idOf = new Map(timeline.nodes.map((n: Body) => [n.name, n.id]));
  });
  afterAll(() => server.close());

  it('then /api/timeline draws every node and every relationship on its days, under a title naming the database', async () => {
    const timeline = await get('/api/timeline');
    expect(timeline.nodes.map((n: Body) => n.name).sort()).toEqual([...expected.nodes].sort());
    const nameOf = new Map(timeline.nodes.map((n: Body) => [n.id, n.name]));
    const rows = timeline.edges.rows.map((row: unknown[]) => Object.fromEntries(EDGE_FIELDS.map((f, i) => [f, row[i]])));
    expect(
      Object.fromEntries(rows.map((r: Body) => [r.props.ref, [r.type, nameOf.get(r.source), nameOf.get(r.target), r.since, r.until]])),
    ).toEqual(Object.fromEntries(edges.map(([ref, e]) => [ref, [e.type, e.from, e.to, e.since, e.until]])));
    expect(timeline.dataset.title).toContain(db.database);
    expect(timeline.vocabulary.map((v: Body) => v.type)).toEqual(expected.lens.relationships.map((r) => r.type));
    expect(Object.keys(timeline.positions).sort()).toEqual(timeline.nodes.map((n: Body) => n.id).sort());
  });

  it('then /api/graph on each start day holds exactly the relationships in force that day', async () => {
    for (const [, edge] of edges) {
      const graph = await get(`/api/graph?at=${edge.since}`);
      expect(refsOf(graph.edges)).toEqual(
        edges
          .filter(([, e]) => inForceAt(e, edge.since))
          .map(([ref]) => ref)
          .sort(),
      );
      const touched = new Set(graph.edges.flatMap((e: Body) => [e.source, e.target]));
      expect(graph.nodes.map((n: Body) => n.id).sort()).toEqual([...touched].sort());
    }
    const all = await get(`/api/graph?at=${edges[0]![1].since}&include=all`);
    expect(all.nodes).toHaveLength(expected.nodes.length);
  });

  it('then /api/diff between the first and the last start day sorts every relationship as the days say', async () => {
    const days = edges.map(([, e]) => e.since).sort();
    const [from, to] = [days[0]!, days.at(-1)!];
    const body = await get(`/api/diff?from=${from}&to=${to}`);
    const pick = (atFrom: boolean, atTo: boolean) =>
      edges
        .filter(([, e]) => inForceAt(e, from) === atFrom && inForceAt(e, to) === atTo)
        .map(([ref]) => ref)
        .sort();
    expect([refsOf(body.added), refsOf(body.ended), refsOf(body.unchanged)]).toEqual([
      pick(false, true),
      pick(true, false),
      pick(true, true),
    ]);
  });

  it('then /api/stats counts each year what began and what was in force at its end, by type', async () => {
    const body = await get('/api/stats');
    expect(body.openness).toBeNull();
    for (const year of body.years as Body[]) {
      const inForce = edges.filter(([, e]) => inForceAt(e, `${year.year}-12-31`));
      const byType: Record<string, number> = {};
      for (const [, e] of inForce) byType[e.type] = (byType[e.type] ?? 0) + 1;
      expect(year.inForceByType).toEqual(byType);
      expect(year.began).toBe(edges.filter(([, e]) => e.since.startsWith(String(year.year))).length);
    }
  });

  it('then /api/nodes?q= finds a node by its caption, the exact match first', async () => {
    const name = expected.nodes[0]!;
    const body = await get(`/api/nodes?q=${encodeURIComponent(name.toUpperCase())}`);
    expect(body.results[0]).toMatchObject({ id: idOf.get(name), name, score: 3 });
  });

  it('then /api/nodes/:id gives the node and every relationship it has, and an unknown element id is a 404', async () => {
    const [, edge] = edges[0]!;
    const body = await get(`/api/nodes/${encodeURIComponent(idOf.get(edge.from)!)}`);
    expect(body.node.name).toBe(edge.from);
    expect(refsOf(body.relationships)).toEqual(
      edges
        .filter(([, e]) => (e.from === edge.from) !== (e.to === edge.from))
        .map(([ref]) => ref)
        .sort(),
    );
    for (const r of body.relationships as Body[])
      expect(r.other.name).toBe(r.direction === 'out' ? expected.edges.get(r.props.ref)!.to : expected.edges.get(r.props.ref)!.from);
    const missing = String(idOf.get(edge.from)).replace(/\d+$/, '999999');
    expect((await getJson(server.baseUrl, `/api/nodes/${encodeURIComponent(missing)}`)).status).toBe(404);
  });

  it('then the neighbours of a node on a start day include that day’s relationship', async () => {
    const [ref, edge] = edges[0]!;
    const body = await get(`/api/nodes/${encodeURIComponent(idOf.get(edge.from)!)}/neighbors?at=${edge.since}`);
    expect(refsOf(body.edges)).toContain(ref);
    for (const e of body.edges as Body[]) expect(inForceAt(e as { since: string; until: string | null }, edge.since)).toBe(true);
  });

  it('then /api/paths joins the two ends of a relationship on its start day, and /api/paths/earliest no later', async () => {
    const [ref, edge] = edges.find(([, e]) => e.from !== e.to)!;
    const [from, to] = [idOf.get(edge.from)!, idOf.get(edge.to)!];
    const shortest = await get(`/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&at=${edge.since}`);
    expect(shortest.paths.length).toBeGreaterThan(0);
    expect(shortest.paths.map((p: Body) => p.edges.length)).toEqual(shortest.paths.map(() => 1));
    expect(shortest.paths.flatMap((p: Body) => refsOf(p.edges))).toContain(ref);
    const earliest = await get(`/api/paths/earliest?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    expect(earliest.date <= edge.since).toBe(true);
    expect(earliest.path.nodes[0]).toBe(from);
    expect(earliest.path.nodes.at(-1)).toBe(to);
    for (const e of earliest.path.edges as Body[])
      expect(inForceAt(e as { since: string; until: string | null }, earliest.date)).toBe(true);
    const before = await get(`/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&at=${dayBefore(earliest.date)}`);
    expect(before.paths).toEqual([]);
  });
});

describe("search on a foreign database with a full-text index of the user's own", () => {
  let server: TestServer;
  beforeAll(async () => {
    await emptyEverything(db);
    await build(db, 'UNWIND $names AS name CREATE (:Person {name: name})', { names: ['Ada Lovelace', 'Grace Hopper', 'Adam Smith'] });
    await build(
      db,
      'MATCH (a:Person {name: "Ada Lovelace"}), (b:Person {name: "Grace Hopper"}) CREATE (a)-[:EMAILED {sentAt: datetime("2020-01-02T03:04:05Z")}]->(b)',
    );
    await build(db, 'CREATE FULLTEXT INDEX people_names FOR (p:Person) ON EACH [p.name]');
    await build(db, 'CALL db.awaitIndexes(60)');
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const names = async (q: string) =>
    ((await getJson(server.baseUrl, `/api/nodes?q=${encodeURIComponent(q)}`)).body.results as Body[]).map((r) => [r.name, r.score]);

  it('then the words of the text find a caption in any order, through the index', async () => {
    expect(await names('lovelace ada')).toEqual([['Ada Lovelace', 1]]);
    expect(await names('grace')).toEqual([['Grace Hopper', 2]]);
  });

  it('when the index is dropped, then search scans the captions for the text as written', async () => {
    await build(db, 'DROP INDEX people_names');
    expect(await names('lovelace ada')).toEqual([]);
    // Both start with the text; the shorter caption first, as the search orders names (lens-search.cypher).
    expect(await names('ada')).toEqual([
      ['Adam Smith', 2],
      ['Ada Lovelace', 2],
    ]);
  });
});
