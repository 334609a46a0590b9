// `npm run bench:recovery [-- --runs 5]`: how long full service takes to return after Neo4j comes up under a running
// server. Each run starts the real entry point against a Bolt port where nothing listens yet, then starts an EMPTY
// embedded Neo4j on that port and times the first 200 from /api/ready, /api/graph and /api/timeline (full service =
// both of the last two). The judged figure counts from Neo4j being up: the launcher's READY line, printed once Neo4j
// answers a query. The time from the Bolt port first accepting connections (mid-start-up, before Neo4j can answer) is
// shown for information. Writes bench/recovery.json (min/median/max of both and each run's breakdown).
import { rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findFreePort } from '../server/neo4j-process/free-port.js';
import { spawnServer } from '../test/_spawn-server.js';
import { firstAccept, startPrivateNeo4j, tempDir } from '../test/integration/_reliability.js';

const ROOT = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    out: { type: 'string', default: join(ROOT, 'bench', 'recovery.json') },
  },
});
const PROBES = { ready: '/api/ready', graph: '/api/graph?at=2022-01-01', timeline: '/api/timeline' } as const;

/** Resolves with the time at which `url` first answers 200 (polled every 50 ms). */
async function first200(url: string): Promise<number> {
  for (;;) {
    const status = await fetch(url, { signal: AbortSignal.timeout(30_000) }).then(
      async (res) => {
        await res.arrayBuffer();
        return res.status;
      },
      () => 0,
    );
    if (status === 200) return Date.now();
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function run(index: number) {
  const dataDir = tempDir('recovery');
  const [boltPort, httpPort] = [await findFreePort(), await findFreePort()];
  const base = `http://127.0.0.1:${httpPort}`;
  const server = spawnServer({ NEO4J_URI: `bolt://127.0.0.1:${boltPort}`, PORT: String(httpPort), LOG_LEVEL: 'warn' });
  try {
    await server.waitFor(/explorer ready at/, 60_000);
    const accepted = firstAccept(boltPort);
    const answered = Object.entries(PROBES).map(async ([name, path]) => [name, await first200(`${base}${path}`)] as const);
    const neo4j = await startPrivateNeo4j(dataDir, boltPort);
    const launcherReady = Date.now();
    const t0 = await accepted;
    const times = Object.fromEntries(await Promise.all(answered)) as Record<keyof typeof PROBES, number>;
    const fullService = Math.max(times.graph, times.timeline);
    const breakdown = /database is ready in (\d+) ms \(first answer (\d+) ms, schema (\d+) ms, seed (\d+) ms, warm-up (\d+) ms\)/.exec(
      server.output(),
    );
    const result = {
      fullServiceMs: fullService - launcherReady,
      fullServiceFromPortAcceptMs: fullService - t0,
      fromReadyLine: {
        readyMs: times.ready - launcherReady,
        graphMs: times.graph - launcherReady,
        timelineMs: times.timeline - launcherReady,
      },
      launcherReadyLineAfterPortAcceptMs: launcherReady - t0,
      server: breakdown
        ? {
            prepareMs: Number(breakdown[1]),
            firstAnswerMs: Number(breakdown[2]),
            schemaMs: Number(breakdown[3]),
            seedMs: Number(breakdown[4]),
            warmUpMs: Number(breakdown[5]),
          }
        : null,
      loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    };
    console.error(`run ${index + 1}: ${JSON.stringify(result)}`);
    await neo4j.stop();
    return result;
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const runs = [];
for (let i = 0; i < Number(args.runs); i += 1) runs.push(await run(i));
/** min / median / max of the runs' values. */
function spread(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return { minMs: sorted[0], medianMs: sorted[Math.floor(sorted.length / 2)], maxMs: sorted.at(-1) };
}
const summary = spread(runs.map((r) => r.fullServiceMs));
const fromPortAccept = spread(runs.map((r) => r.fullServiceFromPortAcceptMs));
const report = {
  measuredAt: new Date().toISOString(),
  machine: { cpus: cpus().length, node: process.version },
  measures:
    "from Neo4j being up (the launcher's READY line: it answers queries) to the first 200 from both /api/graph and /api/timeline; empty Neo4j, server already running. fullServiceFromPortAccept counts from the Bolt port first accepting connections (mid-start-up), for information.",
  fullService: summary,
  fullServiceFromPortAccept: fromPortAccept,
  runs,
};
writeFileSync(args.out, `${JSON.stringify(report, null, 2)}\n`);
console.log(
  `full service after Neo4j came up (READY line): min ${summary.minMs} ms, median ${summary.medianMs} ms, max ${summary.maxMs} ms; from port accept: min ${fromPortAccept.minMs} ms, median ${fromPortAccept.medianMs} ms, max ${fromPortAccept.maxMs} ms (${runs.length} runs) → ${args.out}`,
);
process.exit(0);
