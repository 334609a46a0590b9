// /api/timeline's dataset, grouping and positions come from the data: the bundled network shows its curated groups and
// its own title, also through a backup and restore and after a network is imported beside it; an imported edge list
// (which replaces it) shows communities of its own nodes and its source's title, with no flagship name anywhere; a seed
// into an empty database brings the presentation back. The bundled network is loaded back afterwards.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { responses } from '../../contract/responses.js';
import { readDatasetDir } from '../../server/import/bundled.js';
import { checkPresentation } from '../../server/import/presentation-check.js';
import { seedEmptyDatabase } from '../../server/import/seed.js';
import { writeEdgeList, type GeneratedEdgeList } from '../fixtures/edge-list-generator.js';
import { runCli } from '../fixtures/import-helpers.js';
import { getJson, startTestServer, type TestServer } from '../_server.js';

const neo4j = inject('neo4j');
const dir = mkdtempSync(join(tmpdir(), 'hulian-grouping-'));
const path = join(dir, 'ratings.csv');
const TITLE = 'Grouping test network';
const bundled = readDatasetDir();
const flagship = bundled.presentation!.value as { title: string; groups: { id: string; label: string; labelZh: string }[] };
let server: TestServer;
let generated: GeneratedEdgeList;

beforeAll(async () => {
  server = await startTestServer();
  generated = writeEdgeList(path, 1_200, 150, 11);
});
afterAll(async () => {
  const reset = await runCli('seed.ts', ['--reset'], neo4j);
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
  if (reset.code !== 0) throw new Error(`could not load the bundled network back: ${reset.stderr}`);
}, 180_000);

const timeline = async () => {
  const { status, body } = await getJson(server.baseUrl, '/api/timeline');
  expect(status).toBe(200);
  return responses.timeline.parse(body);
};

/** Every node's group is one of the grouping's groups, whose sizes count exactly those nodes; every node has a position. */
function expectConsistent(body: Awaited<ReturnType<typeof timeline>>) {
  const sizes = new Map(body.grouping.groups.map((g) => [g.id, 0]));
  for (const node of body.nodes) {
    expect(sizes.has(node.group), `group of ${node.id}`).toBe(true);
    sizes.set(node.group, sizes.get(node.group)! + 1);
  }
  for (const group of body.grouping.groups) expect(group.size, group.id).toBe(sizes.get(group.id));
  expect(Object.keys(body.positions!).sort()).toEqual(body.nodes.map((n) => n.id).sort());
}

describe('GET /api/timeline: dataset and grouping', () => {
  it('when the bundled network is loaded, then it is grouped by its curated groups and titled by data/dataset.json', async () => {
    const body = await timeline();
    expect(body.dataset.title).toBe(flagship.title);
    expect(body.grouping.by).toBe('dataset');
    expect(body.grouping.groups.map((g) => [g.id, g.label, g.labelZh])).toEqual(flagship.groups.map((g) => [g.id, g.label, g.labelZh]));
    expectConsistent(body);
    const regulators = (bundled.nodes as { id: string; kind: string }[]).filter((n) => n.kind === 'Regulator').map((n) => n.id);
    const groupOf = new Map(body.nodes.map((n) => [n.id, n.group]));
    expect(new Set(regulators.map((id) => groupOf.get(id)))).toEqual(new Set(['regulators']));
  });

  it('when the same data is asked for twice, then the grouping and the positions are the same', async () => {
    const [first, second] = [await timeline(), await timeline()];
    expect(second.grouping).toEqual(first.grouping);
    expect(second.positions).toEqual(first.positions);
  });

  it('should keep the presentation through db:backup and db:restore', async () => {
    const file = join(dir, 'backup.json');
    const backup = await runCli('backup.ts', [file], neo4j);
    expect(backup.code, backup.stderr).toBe(0);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { dataset: unknown };
    expect(saved.dataset).toEqual(checkPresentation(bundled.presentation!));
    const before = await timeline();
    const restore = await runCli('restore.ts', [file], neo4j);
    expect(restore.code, restore.stderr).toBe(0);
    const after = await timeline();
    expect(after.dataset).toEqual(before.dataset);
    expect(after.grouping).toEqual(before.grouping);
  });

  it('when a network is imported beside it, then the dataset keeps its own title and curated groups', async () => {
    const extra = join(dir, 'extra.json');
    const network = {
      vocabulary: [{ type: 'GROUPING_TEST_LINKS', label: 'links', description: 'a test link', category: 'open' }],
      nodes: [{ id: 'grouping-test-club', kind: 'Organization', name: 'Grouping test club' }],
      relationships: [
        {
          id: 'grouping-test-r1',
          source: 'grouping-test-club',
          target: 'wechat',
          type: 'GROUPING_TEST_LINKS',
          since: '2022-05',
          until: null,
        },
      ],
    };
    writeFileSync(extra, JSON.stringify(network));
    const imported = await runCli('import.ts', [extra, '--title', 'Not the title', '--no-progress'], neo4j);
    expect(imported.code, imported.stderr).toBe(0);
    const body = await timeline();
    expect(body.dataset.title).toBe(flagship.title);
    expect(body.grouping.by).toBe('dataset');
    expect(body.nodes.find((n) => n.id === 'grouping-test-club')?.group).toBe('others');
    expectConsistent(body);
  });

  it('when an imported edge list replaced it, then its nodes are grouped into communities named after its own nodes', async () => {
    const imported = await runCli(
      'import.ts',
      [path, '--replace', '--no-header', '--columns', 'source,target,rating,time', '--type', 'RATES', '--since-col', 'time'].concat([
        '--since-format',
        'unix',
        '--source-title',
        TITLE,
        '--no-progress',
      ]),
      neo4j,
    );
    expect(imported.code, imported.stderr).toBe(0);
    const body = await timeline();
    expect(body.nodes.map((n) => n.id).sort()).toEqual([...generated.nodeIds].sort());
    expect(body.dataset.title).toBe(TITLE);
    expect(body.grouping.by).toBe('community');
    expectConsistent(body);
    const named = body.grouping.groups.filter((g) => !g.other);
    expect(named.length).toBeGreaterThan(1);
    const names = new Set(body.nodes.map((n) => n.name));
    for (const group of named) expect(names.has(group.label.replace(/^around /, '')), group.label).toBe(true);
    const flagshipWords = [...flagship.groups.filter((g) => g.id !== 'others').flatMap((g) => [g.label, g.labelZh]), flagship.title];
    const text = JSON.stringify({ dataset: body.dataset, grouping: body.grouping });
    for (const word of flagshipWords) expect(text).not.toContain(word);
    const { body: node } = await getJson(server.baseUrl, `/api/nodes/${encodeURIComponent(body.nodes[0]!.id)}`);
    expect(node.node.group).toBe(body.nodes[0]!.group);
  });

  it('when the bundled network is seeded into an empty database, then its presentation comes with it', async () => {
    await server.db.write('wipe-all');
    expect(await seedEmptyDatabase(server.db)).not.toBeNull();
    const body = await timeline();
    expect(body.dataset.title).toBe(flagship.title);
    expect(body.grouping.by).toBe('dataset');
    expectConsistent(body);
  });
});
