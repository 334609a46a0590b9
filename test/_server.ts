// Test helper: the real app (createApp) on a real port against the run's real Neo4j.
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import { createApp } from '../server/app.js';
import { loadConfig, type Config } from '../server/config/config.js';
import { Database } from '../server/db/database.js';
import { QueryRegistry } from '../server/db/query-registry.js';
import { REQUIRED_QUERIES } from '../server/db/required-queries.js';

export interface TestServer {
  baseUrl: string;
  db: Database;
  config: Config;
  close(): Promise<void>;
}

/** A Database on the run's Neo4j. Close it after use. */
export function testDatabase(timeoutMs = 5_000): Database {
  return Database.connect(inject('neo4j'), QueryRegistry.load(REQUIRED_QUERIES), timeoutMs);
}

/** Starts the app on port 0; `env` overrides configuration; `clientDir` serves a client build other than dist/. */
export async function startTestServer(env: Record<string, string> = {}, clientDir?: string): Promise<TestServer> {
  const config = loadConfig({ NODE_ENV: 'test', ...env });
  const db = testDatabase(config.QUERY_TIMEOUT_MS);
  const app = createApp({ db, config, clientDir });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    db,
    config,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await db.close();
    },
  };
}

/** Fetches JSON from the test server and returns status, headers and body. */
export async function getJson(baseUrl: string, path: string, init?: RequestInit) {
  const res = await fetch(`${baseUrl}${path}`, init);
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}
