// The test run's Neo4j, by the shared resolution order: NEO4J_URI, else a testcontainers Neo4j when a
// container runtime answers, else the embedded launcher on a temporary data folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../server/config/config.js';
import { resolveNeo4j, type Neo4jTarget } from '../server/db/resolve.js';

const IMAGE = 'neo4j:5.26-community';

/** Starts a Neo4j container when a runtime answers within a few seconds; null otherwise. */
async function tryContainer(): Promise<Neo4jTarget | null> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    const probe = getContainerRuntimeClient();
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer')), 5_000));
    await Promise.race([probe, timeout]);
  } catch {
    return null;
  }
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer(IMAGE).withPassword('hulian-test-password').start();
  return {
    uri: container.getBoltUri(),
    username: container.getUsername(),
    password: container.getPassword(),
    database: 'neo4j',
    source: 'container',
    stop: async () => void (await container.stop()),
  };
}

/** Resolves the Neo4j the tests use, and a function that stops it and removes its temporary folder. */
export async function neo4jForTests(): Promise<Neo4jTarget> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hulian-test-neo4j-'));
  const config = loadConfig({ ...process.env, NEO4J_HEAP: '1g', NEO4J_PAGECACHE_MB: '128' });
  const target = await resolveNeo4j(config, { dataDir, tryContainer });
  return {
    ...target,
    stop: async () => {
      await target.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
