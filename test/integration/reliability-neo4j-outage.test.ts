// Neo4j faults against the real entry point (server/index.ts with NEO4J_URI) and a private embedded Neo4j on a
// fixed port: down at start, SIGKILLed during a burst of requests, restarted on the same port and data folder.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launcherIsBuilt, type EmbeddedNeo4j } from '../../server/neo4j-process/embedded.js';
import { findFreePort } from '../../server/neo4j-process/free-port.js';
import { spawnServer, type SpawnedServer } from '../_spawn-server.js';
import { connectTo, firstAccept, ROOT, startPrivateNeo4j, tempDir, waitUntil } from './_reliability.js';

const DAY = '2022-01-01';
/** Every endpoint that needs Neo4j, with the console. */
const NEO4J_ENDPOINTS: [string, RequestInit?][] = [
  [`/api/graph?at=${DAY}`],
  ['/api/timeline'],
  ['/api/diff?from=2019-01-01&to=2022-01-01'],
  ['/api/stats'],
  ['/api/nodes?q=tao'],
  ['/api/nodes/taobao'],
  [`/api/nodes/taobao/neighbors?at=${DAY}&depth=2`],
  [`/api/paths?from=taobao&to=wechat&at=${DAY}`],
  ['/api/paths/earliest?from=taobao&to=wechat'],
  ['/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'RETURN 1 AS one' }) }],
];
/** Generous on purpose: this asserts that service returns without a restart; how fast is measured by `npm run bench:recovery`. */
const RECOVERY_TIMEOUT_MS = 90_000;
const bundledNodes = (JSON.parse(readFileSync(join(ROOT, 'data', 'nodes.json'), 'utf8')) as unknown[]).length;

describe.skipIf(!launcherIsBuilt())('when Neo4j fails under a running server', () => {
  const dataDir = tempDir('outage');
  let boltPort: number;
  let base: string;
  let server: SpawnedServer;
  let neo4j: EmbeddedNeo4j | undefined;
  const call = (path: string, init?: RequestInit) => fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(20_000) });
  const fullService = async () =>
    (await call('/api/ready')).status === 200 &&
    (await call(`/api/graph?at=${DAY}`)).status === 200 &&
    (await call('/api/timeline')).status === 200 &&
    (await call('/api/nodes?q=tao')).status === 200;
  /** Starts Neo4j on the Bolt port and resolves with the ms from the port accepting connections to full service. */
  const restartAndTimeRecovery = async () => {
    const accepted = firstAccept(boltPort);
    neo4j = await startPrivateNeo4j(dataDir, boltPort);
    await waitUntil(fullService, RECOVERY_TIMEOUT_MS);
    return Date.now() - (await accepted);
  };

  beforeAll(async () => {
    boltPort = await findFreePort();
    const httpPort = await findFreePort();
    base = `http://127.0.0.1:${httpPort}`;
    server = spawnServer({ NEO4J_URI: `bolt://127.0.0.1:${boltPort}`, PORT: String(httpPort) });
    await server.waitFor(/explorer ready at/, 60_000);
  });
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('when Neo4j is down at start, then /api/health is 200, /api/ready 503, and every Neo4j endpoint a 503 problem within 3 s', async () => {
    expect((await call('/api/health')).status).toBe(200);
    for (const [path, init] of [['/api/ready'] as [string], ...NEO4J_ENDPOINTS]) {
      const started = Date.now();
      const res = await call(path, init);
      const elapsed = Date.now() - started;
      expect(res.status, path).toBe(503);
      expect(res.headers.get('content-type'), path).toMatch(/application\/problem\+json/);
      const problem = await res.json();
      expect(problem.title, path).toMatch(/unavailable/i);
      expect(problem.detail, path).toMatch(/keeps checking .* cannot restart a Neo4j it did not start/);
      expect(elapsed, path).toBeLessThan(3_000);
    }
  });

  it('when Neo4j comes up empty, then full service returns without a restart, with the schema and bundled data in place', async () => {
    const recoveryMs = await restartAndTimeRecovery();
    const breakdown = /database is ready in .*$/m.exec(server.output())?.[0] ?? '(no breakdown logged)';
    console.log(
      `down at start, then an empty Neo4j: full service ${recoveryMs} ms after its Bolt port accepted connections; server: ${breakdown}`,
    );
    const timeline = await (await call('/api/timeline')).json();
    expect(timeline.nodes.length).toBe(bundledNodes);
    expect(server.child.exitCode).toBeNull();
  }, 200_000);

  it('when Neo4j is SIGKILLed during a burst, then every request gets 200 or 503 (never a hang or a 500), and service returns after a restart', async () => {
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    let stop = false;
    const worker = async (offset: number) => {
      for (let i = offset; !stop; i += 1) {
        const [path, init] = NEO4J_ENDPOINTS[i % (NEO4J_ENDPOINTS.length - 1)]!;
        try {
          const res = await call(path, init);
          await res.arrayBuffer();
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status >= 500 && res.status !== 503) failures.push(`${path}: ${res.status}`);
        } catch (error) {
          failures.push(`${path}: ${(error as Error).name} ${(error as Error).message}`);
        }
      }
    };
    for (const [path, init] of NEO4J_ENDPOINTS) expect((await call(path, init)).status, path).toBe(200);
    const workers = Array.from({ length: 16 }, (_, i) => worker(i));
    await new Promise((r) => setTimeout(r, 2_000));
    process.kill(neo4j!.pid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 5_000));
    stop = true;
    await Promise.all(workers);
    console.log(`burst around the kill: ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(
      failures,
      server
        .output()
        .split('\n')
        .filter((line) => line.includes('"level":50'))
        .join('\n')
        .slice(-3000),
    ).toEqual([]);
    expect([...statuses.keys()].sort()).toEqual([200, 503]);

    const recoveryMs = await restartAndTimeRecovery();
    console.log(`SIGKILL → restart → full service: ${recoveryMs} ms after the Bolt port accepted connections`);
    expect(server.child.exitCode).toBeNull();
  }, 200_000);

  it('should keep data written before a clean stop when the embedded Neo4j starts again on the same folder', async () => {
    const key = `persist-${Date.now()}`;
    let db = connectTo(neo4j!.uri);
    await db.withSession('WRITE', (s) =>
      s.executeWrite((tx) => tx.run('CREATE (:PersistProbe {key: $key, on: date("2024-08-30")})', { key })),
    );
    await db.close();
    await neo4j!.stop();
    neo4j = await startPrivateNeo4j(dataDir, boltPort);
    db = connectTo(neo4j.uri);
    try {
      const rows = await db.withSession(
        'READ',
        async (s) => (await s.run('MATCH (p:PersistProbe {key: $key}) RETURN toString(p.on) AS on', { key })).records,
      );
      expect(rows.map((r) => r.get('on'))).toEqual(['2024-08-30']);
    } finally {
      await db.close();
    }
  }, 200_000);
});
