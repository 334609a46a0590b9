// Import under fault, against a private embedded Neo4j: SIGKILL the importer, or the Neo4j JVM, while `npm run import`
// is writing, and the database is exactly as before (counts and a checksum over every node and relationship); a re-run completes.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.js';
import { launcherIsBuilt, type EmbeddedNeo4j } from '../../server/neo4j-process/embedded.js';
import { findFreePort } from '../../server/neo4j-process/free-port.js';
import { applySchema } from '../../server/db/schema.js';
import { readDatasetDir } from '../../server/import/bundled.js';
import { loadDataset } from '../../server/import/load.js';
import { connectTo, fingerprint, runCli, startPrivateNeo4j, tempDir, waitUntil, type CliRun } from './_reliability.js';

const NODES = 3_000;
const RELATIONSHIPS = 40_000;
const IMPORT = 'server/cli/import.ts';

/** A JSON network big enough that loading it takes a few seconds. */
function writeNetwork(path: string): void {
  const node = (i: number) => `fault-node-${i}`;
  writeFileSync(
    path,
    JSON.stringify({
      sources: [{ id: 'fault-source', title: 'Generated for the import-fault test', publisher: 'test', date: '2024', language: 'en' }],
      vocabulary: [{ type: 'FAULT_TEST_LINK', label: 'Fault test link', description: 'generated', category: 'commercial' }],
      nodes: Array.from({ length: NODES }, (_, i) => ({ id: node(i), kind: 'Node', name: `Generated ${i}` })),
      relationships: Array.from({ length: RELATIONSHIPS }, (_, i) => ({
        id: `fault-rel-${i}`,
        source: node(i % NODES),
        target: node((i * 7 + 1) % NODES),
        type: 'FAULT_TEST_LINK',
        since: `${2010 + (i % 10)}`,
        sources: [{ id: 'fault-source', pointer: `row ${i}` }],
        properties: { weight: i % 5 },
      })),
    }),
  );
}

describe.skipIf(!launcherIsBuilt())('when an import is interrupted', () => {
  const dataDir = tempDir('import-fault');
  const fileDir = tempDir('import-fault-file');
  const file = join(fileDir, 'network.json');
  let port: number;
  let neo4j: EmbeddedNeo4j;
  let db: Database;
  let before: Awaited<ReturnType<typeof fingerprint>>;

  const importTransactions = async () => {
    const result = await db.withSession('READ', (s) =>
      s.run(
        "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'UNWIND $rows' AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS n",
      ),
    );
    return Number(result.records[0]?.get('n'));
  };
  /** Starts the importer and resolves once its transaction is writing relationships (the nodes are already in it). */
  const importUntilLoading = async (): Promise<CliRun> => {
    const run = runCli(IMPORT, [file, '--no-progress'], neo4j.uri);
    await waitUntil(async () => {
      if (run.child.exitCode !== null) throw new Error(`the importer ended before loading:\n${run.output()}`);
      const result = await db.withSession('READ', (s) =>
        s.run(
          "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'row.type' AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS n",
        ),
      );
      return Number(result.records[0]?.get('n')) > 0;
    }, 120_000);
    return run;
  };

  beforeAll(async () => {
    writeNetwork(file);
    port = await findFreePort();
    neo4j = await startPrivateNeo4j(dataDir, port);
    db = connectTo(neo4j.uri, 60_000);
    await applySchema(db);
    await loadDataset(db, readDatasetDir(), { requireNameZh: true });
    before = await fingerprint(db);
  });
  afterAll(async () => {
    await db?.close();
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(fileDir, { recursive: true, force: true });
  });

  it('when the importer is SIGKILLed mid-load, then the database is exactly as before', async () => {
    const run = await importUntilLoading();
    run.child.kill('SIGKILL');
    const ended = await run.done;
    expect(ended.signal).toBe('SIGKILL');
    expect(ended.output).not.toMatch(/imported/);
    await waitUntil(async () => (await importTransactions()) === 0, 30_000);
    expect(await fingerprint(db)).toEqual(before);
  }, 180_000);

  it('when Neo4j is SIGKILLed mid-load, then after a restart on the same folder the database is exactly as before', async () => {
    const run = await importUntilLoading();
    await db.close();
    process.kill(neo4j.pid, 'SIGKILL');
    const ended = await run.done;
    expect(ended.code).not.toBe(0);
    expect(ended.output).not.toMatch(/imported/);
    neo4j = await startPrivateNeo4j(dataDir, port);
    db = connectTo(neo4j.uri, 60_000);
    expect(await fingerprint(db)).toEqual(before);
  }, 240_000);

  it('should complete when the import runs again, adding exactly what the file holds', async () => {
    const run = await runCli(IMPORT, [file, '--no-progress'], neo4j.uri).done;
    expect(run.code, run.output).toBe(0);
    const after = await fingerprint(db);
    expect(after.nodes).toBe(before.nodes + NODES + 2);
    expect(after.relationships).toBe(before.relationships + RELATIONSHIPS);
  }, 240_000);
});
