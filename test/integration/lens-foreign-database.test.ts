// Hulian on databases it did not create (issue #14): for each foreign schema, what discovery finds, the lens it proposes,
// the timeline rows read through that lens, /api/ready, and that start-up writes nothing at all. The run's one Neo4j is
// emptied for these tests and the flagship is put back afterwards.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lens } from '../../contract/lens.js';
import { watchDatabase } from '../../server/services/bootstrap.js';
import type { Database } from '../../server/db/database.js';
import { seedIfEmpty } from '../../server/import/seed.js';
import { discover } from '../../server/lens/discover.js';
import { LensFileError } from '../../server/lens/lens-file.js';
import { lensStateOf, rememberedMode } from '../../server/lens/lens-state.js';
import { detectMode } from '../../server/lens/mode.js';
import type { SchemaNames } from '../../server/lens/identifiers.js';
import { readingWith } from '../../server/lens/reading.js';
import { foldThrough } from '../../server/lens/run.js';
import { allNodes } from '../../server/services/node-reads.js';
import { edgeOf, wireRowOf } from '../../server/services/rows.js';
import { TimelineEdges } from '../../server/services/timeline-wire.js';
import { EDGE_FIELDS } from '../../contract/edge-fields.js';
import { getJson, startTestServer, testDatabase } from '../_server.js';
import { emptyEverything, restoreFlagship, snapshot } from './_foreign-db.js';
import { waitUntil } from './_reliability.js';
import { SCENARIOS } from './_foreign-scenarios.js';

let db: Database;
let flagshipBack = false;
beforeAll(async () => {
  db = testDatabase(30_000);
  await emptyEverything(db);
});
afterAll(async () => {
  if (!flagshipBack) await restoreFlagship(db);
  await db.close();
}, 180_000);

/** Runs start-up's watcher on its own handle until the database is ready; returns its log. */
async function startUp() {
  const handle = testDatabase(30_000);
  const log: string[] = [];
  const watch = watchDatabase(handle, {
    log: (line) => log.push(line),
    seedIfEmpty,
    holdsData: async (database) => Number((await database.read('count-data'))[0]?.nodes ?? 0) > 0,
    downIntervalMs: 50,
  });
  await watch.firstReady;
  return {
    log,
    handle,
    watch,
    stop: async () => {
      watch.stop();
      await handle.close();
    },
  };
}

const sortTimes = (found: Record<string, { key: string }[]>) =>
  Object.fromEntries(Object.entries(found).map(([type, list]) => [type, [...list].sort((a, b) => a.key.localeCompare(b.key))]));

/** The timeline's edge rows read through `lens` (as /api/timeline reads them), as objects keyed by EDGE_FIELDS. */
async function timelineRows(lens: Lens, schema: SchemaNames) {
  const reading = readingWith(db, lens, schema, false);
  const [nodes, edges] = await Promise.all([
    allNodes(db, reading),
    foldThrough(
      db,
      reading,
      { name: 'lens-edges', params: {} },
      () => new TimelineEdges(),
      (state, row) => state.add(wireRowOf(edgeOf(row.edge, reading))),
    ),
  ]);
  const rows = edges.rowsJson.map((json) => Object.fromEntries(EDGE_FIELDS.map((field, i) => [field, (JSON.parse(json) as unknown[])[i]])));
  return { nodes, rows };
}

describe.each(SCENARIOS)('on a foreign database with $name', (scenario) => {
  let expected: Awaited<ReturnType<typeof scenario.build>>;
  beforeAll(async () => {
    await emptyEverything(db);
    expected = await scenario.build(db);
  });

  it('then the database is foreign and discovery finds exactly its time properties and proposes the lens', async () => {
    expect(await detectMode(db)).toBe('foreign');
    const found = await discover(db);
    expect(sortTimes(found.timeProperties)).toEqual(sortTimes(expected.timeProperties));
    expect(found.lens).toEqual(expected.lens);
    expect(found.choices).toEqual([]);
  });

  it('then the timeline through the lens has every node by its caption and every relationship on the right days', async () => {
    const { lens, schema } = await discover(db);
    const { nodes, rows } = await timelineRows(lens!, schema);
    expect(nodes.map((n) => n.name).sort()).toEqual([...expected.nodes].sort());
    const nameOf = new Map(nodes.map((n) => [n.id, n.name]));
    expect(rows).toHaveLength(expected.edges.size);
    for (const row of rows) {
      const props = row.props as Record<string, unknown>;
      const want = expected.edges.get(String(props.ref))!;
      expect(want, `row ${JSON.stringify(row)}`).toBeDefined();
      expect({
        type: row.type,
        from: nameOf.get(String(row.source)),
        to: nameOf.get(String(row.target)),
        since: row.since,
        until: row.until,
      }).toEqual({
        type: want.type,
        from: want.from,
        to: want.to,
        since: want.since,
        until: want.until,
      });
      expect(row.sincePrecision).toBe(want.sincePrecision ?? null);
      for (const time of lens!.relationships.flatMap((r) => (r.type === row.type ? [r.start.key, ...(r.end ? [r.end.key] : [])] : [])))
        expect(props).not.toHaveProperty([time]);
    }
    expect(rows.map((r) => r.since)).toEqual(rows.map((r) => r.since).sort());
  });

  it('then start-up writes nothing: counts, names, indexes, constraints and content hash are unchanged', async () => {
    const before = await snapshot(db);
    const run = await startUp();
    try {
      expect(rememberedMode(run.handle)).toBe('foreign');
      expect(run.log.join('\n')).toMatch(/not made by Hulian/);
    } finally {
      await run.stop();
    }
    expect(await snapshot(db)).toEqual(before);
  });

  it('then /api/ready says the database is foreign and names the discovered lens', async () => {
    const server = await startTestServer();
    try {
      const { status, body } = await getJson(server.baseUrl, '/api/ready');
      expect(status).toBe(200);
      expect(body.mode).toBe('foreign');
      expect(body.lens).toEqual({
        source: 'discovered',
        file: null,
        relationshipTypes: expected.lens.relationships.map((r) => r.type),
        labels: expected.lens.labels,
        choices: [],
        suggestedIndexes: expected.lens.relationships.flatMap((r) =>
          [r.start, r.end]
            .filter((time) => time && !expected.indexed?.includes(`${r.type}.${time.key}`))
            .map((time) => `CREATE INDEX IF NOT EXISTS FOR ()-[r:\`${r.type}\`]-() ON (r.\`${time!.key}\`)`),
        ),
      });
    } finally {
      await server.close();
    }
  });
});

describe('a lens file (HULIAN_LENS)', () => {
  let expected: Awaited<ReturnType<(typeof SCENARIOS)[number]['build']>>;
  const dir = mkdtempSync(join(tmpdir(), 'hulian-lens-'));
  beforeAll(async () => {
    await emptyEverything(db);
    expected = await SCENARIOS.find((s) => s.name.startsWith('two relationship types'))!.build(db);
  });

  it('when it names a type the database does not hold, then it is refused with the name', async () => {
    const file = join(dir, 'bad.lens.json');
    writeFileSync(
      file,
      JSON.stringify({ ...expected.lens, relationships: [{ type: 'NO_SUCH', start: { key: 'at', form: 'year' }, end: null }] }),
    );
    const handle = testDatabase();
    try {
      await expect(lensStateOf(handle, file)).rejects.toThrow(LensFileError);
      await expect(lensStateOf(handle, file)).rejects.toThrow(/NO_SUCH/);
    } finally {
      await handle.close();
    }
  });

  it('should read the database through the file instead of discovery, showing only the types it names', async () => {
    const file = join(dir, 'hulian.lens.json');
    const lens = { ...expected.lens, relationships: expected.lens.relationships.filter((r) => r.type === 'WROTE') };
    writeFileSync(file, JSON.stringify(lens));
    const handle = testDatabase();
    try {
      const state = await lensStateOf(handle, file);
      expect(state.summary).toMatchObject({ source: 'file', file, relationshipTypes: ['WROTE'] });
      const { rows } = await timelineRows(state.lens!, state.schema!);
      expect(rows.map((r) => r.type)).toEqual([...expected.edges.values()].filter((e) => e.type === 'WROTE').map(() => 'WROTE'));
    } finally {
      await handle.close();
    }
  });
});

describe('ISO text shaped like a day that does not exist', () => {
  it('when a lens reads it, then that relationship is left out like a missing start and the others are read', async () => {
    await emptyEverything(db);
    const expected = await SCENARIOS.find((s) => s.name === 'ISO-string dates')!.build(db);
    await db.withSession('WRITE', (session) =>
      session.run("MATCH (a:Doc {label: 'ALPHA'}), (b:Doc {label: 'GAMMA'}) CREATE (a)-[:CITES {ref: 'c4', published: '2021-02-30'}]->(b)"),
    );
    const handle = testDatabase();
    try {
      const { schema } = await lensStateOf(handle);
      const { rows } = await timelineRows(expected.lens, schema!);
      expect(rows).toHaveLength(expected.edges.size);
      expect(rows.map((r) => r.since).sort()).toEqual([...expected.edges.values()].map((e) => e.since).sort());
    } finally {
      await handle.close();
    }
  });
});

describe('when a foreign database loses its data during an outage', () => {
  it('then start-up prepares it again without seeding it or writing a schema', async () => {
    await emptyEverything(db);
    await SCENARIOS[0]!.build(db);
    const run = await startUp();
    try {
      await emptyEverything(db);
      const emptied = await snapshot(db);
      // As after a Neo4j restart that lost the data: the watcher prepares the database again once it answers. An empty
      // database of Hulian's would get the schema and the seed; the mode decided at start-up holds for the process.
      run.watch.markDown('a test outage');
      const preparations = () => run.log.filter((line) => /the database is ready in/.test(line)).length;
      await waitUntil(async () => run.watch.available && preparations() === 2, 30_000);
      expect(rememberedMode(run.handle)).toBe('foreign');
      expect(await snapshot(db)).toEqual(emptied);
      expect(emptied.content.nodes).toBe(0);
    } finally {
      await run.stop();
    }
  });
});

describe("on Hulian's own database", () => {
  beforeAll(async () => {
    await restoreFlagship(db);
    flagshipBack = true;
  }, 180_000);

  it('then /api/ready says mode hulian with the built-in lens over the dated types', async () => {
    expect(await detectMode(db)).toBe('hulian');
    const server = await startTestServer();
    try {
      const { body } = await getJson(server.baseUrl, '/api/ready');
      const types = (await db.read('dated-relationship-types')).map((row) => String(row.type)).sort();
      expect(body.mode).toBe('hulian');
      expect(body.lens).toEqual({
        source: 'built-in',
        file: null,
        relationshipTypes: types,
        labels: ['Entity'],
        choices: [],
        suggestedIndexes: [],
      });
    } finally {
      await server.close();
    }
  });
});
