// db:seed and import while `npm start` runs: the embedded Neo4j publishes <dataDir>/hulian-bolt.json, and
// resolveNeo4j reuses a live one (pid alive, Bolt answers) instead of starting a second JVM on a locked folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../server/config/config.js';
import { boltFilePath, readBoltFile, writeBoltFile } from '../../server/neo4j-process/bolt-file.js';
import { launcherIsBuilt, startEmbedded } from '../../server/neo4j-process/embedded.js';
import { boltAnswers, findRunningEmbedded, resolveNeo4j } from '../../server/db/resolve.js';
import { findFreePort } from '../../server/neo4j-process/free-port.js';

const neo4j = inject('neo4j');
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'hulian-bolt-file-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const marker = (uri: string, pid: number) => ({ uri, pid, version: '5.26', ownerPid: pid, startedAt: new Date().toISOString() });

describe('findRunningEmbedded', () => {
  it('should ignore and remove a marker whose JVM is gone', async () => {
    const dir = tempDir();
    const deadPid = spawnSync(process.execPath, ['-e', '0']).pid;
    writeBoltFile(dir, marker(neo4j.uri, deadPid));
    expect(await findRunningEmbedded(dir)).toBeNull();
    expect(existsSync(boltFilePath(dir))).toBe(false);
  });

  it('should ignore a marker whose process lives but whose Bolt port does not answer', async () => {
    const dir = tempDir();
    writeBoltFile(dir, marker(`bolt://127.0.0.1:${await findFreePort()}`, process.pid));
    expect(await findRunningEmbedded(dir)).toBeNull();
  });

  it.skipIf(neo4j.source !== 'embedded')(
    'should reuse a live embedded Neo4j, and stopping the reused target leaves it running',
    async () => {
      const dir = tempDir();
      writeBoltFile(dir, marker(neo4j.uri, process.pid));
      const target = await resolveNeo4j(loadConfig({ NODE_ENV: 'test' }), { dataDir: dir });
      expect(target).toMatchObject({ uri: neo4j.uri, source: 'embedded', reused: true });
      await target.stop();
      expect(await boltAnswers(neo4j.uri)).toBe(true);
    },
  );
});

describe('startEmbedded', () => {
  it.skipIf(!launcherIsBuilt() || !!process.env.NEO4J_URI)(
    'should publish its Bolt address while it runs and remove it when stopped',
    async () => {
      const dir = tempDir();
      const embedded = await startEmbedded({ dataDir: dir, heap: '384m', pagecacheMb: 32, startTimeoutS: 150 });
      try {
        expect(readBoltFile(dir)).toMatchObject({ uri: embedded.uri, pid: embedded.pid, ownerPid: process.pid });
        const again = await resolveNeo4j(loadConfig({ NODE_ENV: 'test' }), { dataDir: dir });
        expect(again).toMatchObject({ uri: embedded.uri, reused: true });
      } finally {
        await embedded.stop();
      }
      expect(existsSync(boltFilePath(dir))).toBe(false);
    },
    180_000,
  );
});
