// The one resolution order for finding a Neo4j, shared by the server and the test setup:
// NEO4J_URI if set, else (tests only) a container when a runtime answers, else the embedded launcher.
import neo4j from 'neo4j-driver';
import type { Config } from '../config/config.js';
import { readLiveBoltFile } from '../neo4j-process/bolt-file.js';
import { EmbeddedStartError, launcherIsBuilt, startEmbedded, type EmbeddedNeo4j } from '../neo4j-process/embedded.js';

export interface Neo4jTarget {
  uri: string;
  username: string;
  password: string;
  database: string;
  /** Where this Neo4j came from: the user's URI, a test container, or our embedded launcher. */
  source: 'uri' | 'container' | 'embedded';
  /** True when an embedded Neo4j another process started on the same data folder was reused. */
  reused?: boolean;
  /** Stops what we started (the embedded JVM or the container); a no-op for a user's URI. */
  stop(): Promise<void>;
  /** The embedded JVM this process started, and how to start it again on the same folder and port (for a supervisor). */
  embedded?: { neo4j: EmbeddedNeo4j; restart: () => Promise<EmbeddedNeo4j> };
}

const WAYS_OUT = [
  'No Neo4j could be found or started. Choose one:',
  '  1. set NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) to a running Neo4j or Aura;',
  '  2. run `docker compose up -d neo4j` and set NEO4J_URI=bolt://localhost:7687;',
  '  3. install JDK 17+ and Maven, then run `npm install` again to build the embedded launcher.',
].join('\n');

/** Thrown when no way to a Neo4j is open; its message names the three ways out. */
export class NoNeo4jError extends Error {}

export interface ResolveOptions {
  dataDir?: string;
  log?: (line: string) => void;
  /** Tests only: tries a container runtime and returns null when none answers. */
  tryContainer?: () => Promise<Neo4jTarget | null>;
}

/** True when a Bolt server answers at `uri` within a few seconds (embedded Neo4j runs without auth). */
export async function boltAnswers(uri: string): Promise<boolean> {
  const driver = neo4j.driver(
    uri,
    { scheme: 'none', principal: '', credentials: '' },
    { connectionTimeout: 3_000, maxConnectionPoolSize: 1 },
  );
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

/** The embedded Neo4j another process is running on `dataDir` (its marker file names a live JVM whose Bolt answers), or null. */
export async function findRunningEmbedded(dataDir: string): Promise<Neo4jTarget | null> {
  const info = readLiveBoltFile(dataDir);
  if (!info || !(await boltAnswers(info.uri))) return null;
  return { uri: info.uri, username: 'neo4j', password: '', database: 'neo4j', source: 'embedded', reused: true, stop: async () => {} };
}

/** Finds or starts a Neo4j by the resolution order and says which one it chose. */
export async function resolveNeo4j(config: Config, options: ResolveOptions = {}): Promise<Neo4jTarget> {
  if (config.NEO4J_URI) {
    return {
      uri: config.NEO4J_URI,
      username: config.NEO4J_USERNAME,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
      source: 'uri',
      stop: async () => {},
    };
  }
  const container = await options.tryContainer?.();
  if (container) return container;
  const dataDir = options.dataDir ?? config.NEO4J_DATA_DIR;
  const running = await findRunningEmbedded(dataDir);
  if (running) return running;
  if (!launcherIsBuilt()) throw new NoNeo4jError(WAYS_OUT);
  const startOptions = {
    dataDir,
    heap: config.NEO4J_HEAP,
    pagecacheMb: config.NEO4J_PAGECACHE_MB,
    startTimeoutS: config.NEO4J_START_TIMEOUT_S,
    onLog: options.log,
  };
  try {
    const embedded = await startEmbedded(startOptions);
    return {
      uri: embedded.uri,
      username: 'neo4j',
      password: '',
      database: 'neo4j',
      source: 'embedded',
      stop: () => embedded.stop(),
      embedded: { neo4j: embedded, restart: () => startEmbedded({ ...startOptions, port: embedded.port }) },
    };
  } catch (error) {
    if (error instanceof EmbeddedStartError && error.kind === 'no-java') throw new NoNeo4jError(WAYS_OUT);
    throw error;
  }
}
