// db:backup and db:restore against a private embedded Neo4j: the JSON export holds the whole database, restoring it
// into a wiped database gives back exactly the same nodes, labels, relationships and typed properties.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.js';
import { launcherIsBuilt, type EmbeddedNeo4j } from '../../server/neo4j-process/embedded.js';
import { applySchema } from '../../server/db/schema.js';
import { readDatasetDir } from '../../server/import/bundled.js';
import { loadDataset } from '../../server/import/load.js';
import { canonicalDump, connectTo, fingerprint, runCli, startPrivateNeo4j, tempDir } from './_reliability.js';

const BACKUP = 'server/cli/backup.ts';
const RESTORE = 'server/cli/restore.ts';

/** A few records that use what the bundled data does not: custom relationship properties, a Person without a Chinese name. */
const EXTRAS = {
  sources: [{ id: 'backup-test-source', title: '备份测试', publisher: 'test', date: '2023-07', language: 'zh', url: null }],
  vocabulary: [
    { type: 'BACKUP_TEST_LINK', label: 'Backup test link', description: 'a type only the backup test uses', category: 'commercial' },
  ],
  nodes: [
    { id: 'backup-test-person', kind: 'Person', name: "Zoë “Quote” O'Neil", aliases: ['ZQ', '佐伊'] },
    { id: 'backup-test-org', kind: 'Organization', name: 'Org', nameZh: '组织', description: 'line one\nline two' },
  ],
  relationships: [
    {
      id: 'backup-test-link',
      source: 'backup-test-person',
      target: 'backup-test-org',
      type: 'BACKUP_TEST_LINK',
      since: '2021',
      until: '2023-07-15',
      status: 'trial',
      note: 'emoji 🚀',
      sources: [{ id: 'backup-test-source', pointer: 'page 3 line 2' }],
      disagreement: { source: 'backup-test-source', field: 'since', value: '2020' },
      properties: { weight: 2.5, count: 7, verified: true, label: '标签' },
    },
  ],
  milestones: [],
};

describe.skipIf(!launcherIsBuilt())('db:backup and db:restore', () => {
  const dataDir = tempDir('backup');
  const backupDir = tempDir('backup-files');
  let neo4j: EmbeddedNeo4j;
  let db: Database;

  beforeAll(async () => {
    neo4j = await startPrivateNeo4j(dataDir);
    db = connectTo(neo4j.uri);
    await applySchema(db);
    await loadDataset(db, readDatasetDir(), { requireNameZh: true });
    const files = Object.fromEntries(Object.keys(EXTRAS).map((k) => [k, 'extras.json'])) as never;
    await loadDataset(db, { ...EXTRAS, files }, { knownNodes: new Map() });
  });
  afterAll(async () => {
    await db?.close();
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(backupDir, { recursive: true, force: true });
  });

  it('when the database holds a node the import format cannot express, then db:backup fails, names it, and writes no file', async () => {
    const file = join(backupDir, 'refused.json');
    await db.withSession('WRITE', (s) => s.run('CREATE (:StrayProbe {key: "backup-stray"})'));
    try {
      const run = await runCli(BACKUP, [file], neo4j.uri).done;
      expect(run.code).toBe(1);
      expect(run.output).toMatch(/StrayProbe/);
      expect(existsSync(file)).toBe(false);
    } finally {
      await db.withSession('WRITE', (s) => s.run('MATCH (n:StrayProbe) DELETE n'));
    }
  });

  it('should round-trip the whole database exactly through a backup file restored into a wiped database', async () => {
    const before = await canonicalDump(db);
    const file = join(backupDir, 'full.json');
    const backup = await runCli(BACKUP, [file], neo4j.uri).done;
    expect(backup.code, backup.output).toBe(0);
    await db.write('wipe-all');
    expect((await fingerprint(db)).nodes).toBe(0);
    const restore = await runCli(RESTORE, [file], neo4j.uri).done;
    expect(restore.code, restore.output).toBe(0);
    const after = await canonicalDump(db);
    expect(after.nodes.length).toBe(before.nodes.length);
    expect(after.relationships.length).toBe(before.relationships.length);
    expect(after).toEqual(before);
  }, 120_000);

  it('should write a file that `npm run import` reads back into an empty database', async () => {
    const before = await fingerprint(db);
    const file = join(backupDir, 'for-import.json');
    expect((await runCli(BACKUP, [file], neo4j.uri).done).code).toBe(0);
    await db.write('wipe-all');
    const imported = await runCli('server/cli/import.ts', [file], neo4j.uri).done;
    expect(imported.code, imported.output).toBe(0);
    expect(await fingerprint(db)).toEqual(before);
  }, 120_000);

  it('when the backup file is invalid, then db:restore refuses it and the database stays as it was', async () => {
    const before = await fingerprint(db);
    const file = join(backupDir, 'broken.json');
    writeFileSync(file, JSON.stringify({ ...EXTRAS, nodes: [], relationships: EXTRAS.relationships }));
    const restore = await runCli(RESTORE, [file], neo4j.uri).done;
    expect(restore.code).toBe(1);
    expect(restore.output).toMatch(/unknown node id "backup-test-person"/);
    expect(await fingerprint(db)).toEqual(before);
  }, 60_000);
});
