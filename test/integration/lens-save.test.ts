// The first-run choice saved on the server (issue #14): PUT /api/lens on a foreign database decides discovery's open
// choices, is refused naming the field when a name is not in the schema, is refused on Hulian's own database, is written
// to Hulian's state folder (never to the user's database) and is used from then on, also by a server started later.
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDGE_FIELDS } from '../../contract/edge-fields.js';
import type { Database } from '../../server/db/database.js';
import { getJson, startTestServer, testDatabase, type TestServer } from '../_server.js';
import { build, emptyEverything, restoreFlagship, snapshot } from './_foreign-db.js';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let db: Database;
/** Hulian's state folder for these tests: the saved lens goes to <stateRoot>/lens. */
const stateRoot = mkdtempSync(join(tmpdir(), 'hulian-lens-save-'));
const env = { NEO4J_DATA_DIR: join(stateRoot, 'neo4j') };
const lensFolder = join(stateRoot, 'lens');
const put = (server: TestServer, body: unknown) =>
  getJson(server.baseUrl, '/api/lens', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

/** Each message's two days: when it was sent and when it was read (both Date properties, so discovery must ask). */
const MESSAGES = [
  { ref: 'n1', from: 'Ada', to: 'Brook', sentOn: '2020-01-05', readOn: '2020-02-10' },
  { ref: 'n2', from: 'Brook', to: 'Cyd', sentOn: '2021-07-01', readOn: '2021-07-03' },
];

beforeAll(() => {
  db = testDatabase(30_000);
});
afterAll(async () => {
  await restoreFlagship(db);
  await db.close();
}, 180_000);

describe("on Hulian's own database", () => {
  it('then PUT /api/lens is refused with 409 and nothing is saved', async () => {
    const server = await startTestServer(env);
    try {
      const { status, body } = await put(server, { choices: [{ about: 'group', subject: '*', option: '(label)' }] });
      expect(status, JSON.stringify(body)).toBe(409);
      expect(existsSync(lensFolder) ? readdirSync(lensFolder) : []).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe('on a foreign database whose messages have two unpaired days', () => {
  let server: TestServer;
  beforeAll(async () => {
    await emptyEverything(db);
    await build(db, 'UNWIND $names AS name CREATE (:Person {name: name})', { names: ['Ada', 'Brook', 'Cyd'] });
    await build(
      db,
      'UNWIND $rows AS row MATCH (a:Person {name: row.from}), (b:Person {name: row.to}) ' +
        'CREATE (a)-[:NOTE {ref: row.ref, sentOn: date(row.sentOn), readOn: date(row.readOn)}]->(b) ' +
        'CREATE (a)-[:knows {since: date(row.sentOn)}]->(b)',
      { rows: MESSAGES },
    );
    server = await startTestServer(env);
  });
  afterAll(() => server.close());

  const startChoice = async () => {
    const { body } = await getJson(server.baseUrl, '/api/ready');
    return (body.lens.choices as Body[]).find((c) => c.about === 'start' && c.subject === 'NOTE')!;
  };

  it('when a whole lens names a type the database lacks, then 400 names that field', async () => {
    const { status, body } = await put(server, {
      relationships: [{ type: 'NO_SUCH_TYPE', start: { key: 'sentOn', form: 'date' }, end: null }],
      labels: ['Person'],
      captions: { Person: 'name' },
      group: { by: 'label' },
    });
    expect(status).toBe(400);
    expect(body.field).toBe('relationships.0.type');
  });

  it('when a choice picks an option discovery did not offer, then 400 names that field', async () => {
    const { status, body } = await put(server, { choices: [{ about: 'start', subject: 'NOTE', option: 'ref' }] });
    expect(status).toBe(400);
    expect(body.field).toBe('choices.0.option');
  });

  it('when the body is neither choices nor a lens, then 400', async () => {
    const { status } = await put(server, { relationships: 'all' });
    expect(status).toBe(400);
  });

  it('when a relationship type is lower-case, then it is accepted as a types filter', async () => {
    const { body: timeline } = await getJson(server.baseUrl, '/api/timeline');
    const ada = (timeline.nodes as Body[]).find((n) => n.name === 'Ada')!.id as string;
    const { status, body } = await getJson(server.baseUrl, `/api/nodes/${encodeURIComponent(ada)}/neighbors?at=2020-03-01&types=knows`);
    expect(status, JSON.stringify(body)).toBe(200);
    expect((body.edges as Body[]).map((e) => e.type)).toEqual(['knows']);
  });

  it('when the other start is chosen, then it is saved in the state folder, reported as saved and the database is unchanged', async () => {
    const before = await snapshot(db);
    const choice = await startChoice();
    const other = (choice.options as string[]).find((option) => option !== choice.chosen)!;
    const { status, body } = await put(server, { choices: [{ about: 'start', subject: 'NOTE', option: other }] });
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.lens.source).toBe('saved');
    expect(body.lens.file.startsWith(lensFolder)).toBe(true);
    expect(existsSync(body.lens.file)).toBe(true);
    expect((await startChoice()).chosen).toBe(other);
    expect(await snapshot(db)).toEqual(before);
  });

  it('when a server starts later, then it reads the timeline through the saved lens', async () => {
    const later = await startTestServer(env);
    try {
      const { body: ready } = await getJson(later.baseUrl, '/api/ready');
      expect(ready.lens.source).toBe('saved');
      const key = ready.lens.choices.find((c: Body) => c.subject === 'NOTE').chosen as 'sentOn' | 'readOn';
      const { body: timeline } = await getJson(later.baseUrl, '/api/timeline');
      const rows = (timeline.edges.rows as unknown[][]).map((row) => Object.fromEntries(EDGE_FIELDS.map((f, i) => [f, row[i]])));
      const notes = rows.filter((r) => r.type === 'NOTE').map((r) => [(r.props as Body).ref, r.since]);
      expect(Object.fromEntries(notes)).toEqual(Object.fromEntries(MESSAGES.map((m) => [m.ref, m[key]])));
    } finally {
      await later.close();
    }
  });
});
