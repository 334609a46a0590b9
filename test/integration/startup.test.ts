// The real entry point: clear messages when Neo4j is unreachable, a quick 503, and a clean stop that
// leaves no java or node process behind (embedded default).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launcherIsBuilt } from '../../server/neo4j-process/embedded.js';
import { findFreePort } from '../../server/neo4j-process/free-port.js';
import { spawnServer } from '../_spawn-server.js';

function javaPidsUsing(folder: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', folder], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

describe('npm start', () => {
  it('when NEO4J_URI points where nothing listens, then it says so and /api/ready answers 503 within 3 s', async () => {
    const [neo4jPort, httpPort] = [await findFreePort(), await findFreePort()];
    const server = spawnServer({ NEO4J_URI: `bolt://127.0.0.1:${neo4jPort}`, NEO4J_PASSWORD: 'x', PORT: String(httpPort) });
    try {
      await server.waitFor(/explorer ready at http:\/\/127\.0\.0\.1:\d+/, 30_000);
      await server.waitFor(/Neo4j does not answer yet/, 10_000);
      const started = Date.now();
      const res = await fetch(`http://127.0.0.1:${httpPort}/api/ready`);
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(res.status).toBe(503);
      expect((await fetch(`http://127.0.0.1:${httpPort}/api/health`)).status).toBe(200);
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.exited).toBe(0);
  });

  it('when a variable is malformed, then it stops and names the variable', async () => {
    const server = spawnServer({ PORT: 'eighty' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/PORT/);
  });

  it.skipIf(!launcherIsBuilt())(
    'should start the embedded Neo4j, serve, and leave no java process after SIGTERM',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'hulian-start-'));
      const httpPort = await findFreePort();
      const server = spawnServer({ NEO4J_DATA_DIR: dataDir, PORT: String(httpPort), NEO4J_HEAP: '512m' });
      try {
        await server.waitFor(/explorer ready at/, 170_000);
        expect(server.output()).toMatch(/bundled dataset loaded \d+ nodes/);
        const ready = await fetch(`http://127.0.0.1:${httpPort}/api/ready`);
        expect(ready.status).toBe(200);
        expect(javaPidsUsing(dataDir).length).toBeGreaterThan(0);
        server.child.kill('SIGTERM');
        expect(await server.exited).toBe(0);
        expect(javaPidsUsing(dataDir)).toEqual([]);
      } finally {
        server.child.kill('SIGKILL');
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    200_000,
  );
});
