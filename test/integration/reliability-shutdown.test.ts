// SIGTERM on the real entry point (embedded Neo4j) while console queries are running: they finish with 200, new
// requests are refused, the driver is closed, the Neo4j child stops and no java is left.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { launcherIsBuilt } from '../../server/neo4j-process/embedded.js';
import { findFreePort } from '../../server/neo4j-process/free-port.js';
import { spawnServer } from '../_spawn-server.js';
import { tempDir } from './_reliability.js';

function processesUsing(folder: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', folder], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** A million rows `m` times over (the console's range bounds allow at most 10 million in all); its total is known. */
const slowQuery = (m: number) => ({
  query: 'UNWIND range(1, 1000000) AS x UNWIND range(1, $m) AS y RETURN sum(x) AS total',
  params: { m },
});
const totalOf = (m: number) => (m * (1_000_000 * 1_000_001)) / 2;

describe.skipIf(!launcherIsBuilt())('when the server gets SIGTERM with requests in flight', () => {
  it('then in-flight requests finish with 200, new ones are refused, the driver closes and no java is left', async () => {
    const dataDir = tempDir('shutdown');
    const httpPort = await findFreePort();
    const base = `http://127.0.0.1:${httpPort}`;
    // The console's CPU budget at its widest (a share of 1: slots rest briefly), so all three calls are in flight at SIGTERM.
    const server = spawnServer({
      NEO4J_DATA_DIR: dataDir,
      PORT: String(httpPort),
      NEO4J_HEAP: '512m',
      CONSOLE_RATE_PER_MIN: '1000',
      CONSOLE_CONCURRENCY: '3',
      CONSOLE_CPU_SHARE: '1',
    });
    const consoleCall = (n: number) =>
      fetch(`${base}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(slowQuery(n)),
        signal: AbortSignal.timeout(20_000),
      });
    try {
      await server.waitFor(/explorer ready at/, 170_000);
      const probe = await (await consoleCall(1)).json();
      const m = Math.max(1, Math.min(10, Math.round(1_500 / Math.max(probe.timing.ms, 1))));
      const inFlight = [1, 2, 3].map(() => consoleCall(m));
      await new Promise((r) => setTimeout(r, 300));
      server.child.kill('SIGTERM');
      await server.waitFor(/SIGTERM: finishing open requests/, 5_000);
      const late = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5_000) }).then(
        async (res) => ({ status: res.status, body: await res.json() }),
        (error: Error) => ({ refused: error.name }),
      );
      const answers = await Promise.all(
        inFlight.map(async (p) => {
          const res = await p;
          return { status: res.status, total: (await res.json()).rows?.[0]?.total };
        }),
      );
      expect(answers).toEqual([1, 2, 3].map(() => ({ status: 200, total: totalOf(m) })));
      if ('status' in late) expect(late).toMatchObject({ status: 503, body: { reason: 'shutting-down' } });
      else expect(late.refused).toBe('TypeError');
      expect(await server.exited).toBe(0);
      expect(server.output()).toMatch(/Neo4j driver closed\.[\s\S]*stopped\./);
      expect(processesUsing(dataDir)).toEqual([]);
    } finally {
      server.child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);
});
