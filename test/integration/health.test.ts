// Liveness and readiness against the real Neo4j, and a quick 503 when Neo4j cannot be reached.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { loadConfig } from '../../server/config/config.js';
import { Database } from '../../server/db/database.js';
import { QueryRegistry } from '../../server/db/query-registry.js';
import { REQUIRED_QUERIES } from '../../server/db/required-queries.js';
import { findFreePort } from '../../server/neo4j-process/free-port.js';
import { getJson, startTestServer, type TestServer } from '../_server.js';

describe('health and readiness', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.close());

  it('should answer /api/health without touching Neo4j', async () => {
    const { status, body } = await getJson(server.baseUrl, '/api/health');
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
  });

  it('should answer /api/ready with the Neo4j version and edition when Neo4j answers', async () => {
    const { status, body } = await getJson(server.baseUrl, '/api/ready');
    expect(status).toBe(200);
    expect(body.neo4j.version).toMatch(/^5\.26\./);
    expect(body.neo4j.edition).toMatch(/community|enterprise/);
  });

  it('should answer an unknown API path with a problem+json 404', async () => {
    const { status, headers, body } = await getJson(server.baseUrl, '/api/no-such-thing');
    expect(status).toBe(404);
    expect(headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(body.title).toBe('Not found');
  });
});

describe('when Neo4j is unreachable', () => {
  it('then /api/ready answers 503 within 3 s instead of hanging, and /api/health still answers 200', async () => {
    const deadPort = await findFreePort();
    const config = loadConfig({ NODE_ENV: 'test' });
    const db = Database.connect(
      { uri: `bolt://127.0.0.1:${deadPort}`, username: 'neo4j', password: 'x', database: 'neo4j' },
      QueryRegistry.load(REQUIRED_QUERIES),
      5_000,
    );
    const server = createApp({ db, config }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      const started = Date.now();
      const ready = await getJson(base, '/api/ready');
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(ready.status).toBe(503);
      expect(ready.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(ready.body.title).toBe('Neo4j unavailable');
      expect((await getJson(base, '/api/health')).status).toBe(200);
    } finally {
      server.close();
      await db.close();
    }
  });
});
