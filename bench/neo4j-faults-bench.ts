// `npx tsx bench/neo4j-faults-bench.ts [-- --runs 3 --freeze-s 20]`: how fast the server notices and heals Neo4j faults.
// One real server on its own embedded Neo4j (temp folder); each run freezes the JVM (SIGSTOP) for --freeze-s seconds,
// then kills it (SIGKILL). Times: STOP → first 503 and each in-flight call's 503; CONT → first 200 from /api/graph;
// kill → first 200 again (the server restarts Neo4j itself). Writes bench/neo4j-faults.json (min/median/max).
import { rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readBoltFile } from '../server/neo4j-process/bolt-file.js';
import { findFreePort } from '../server/neo4j-process/free-port.js';
import { spawnServer } from '../test/_spawn-server.js';
import { tempDir } from '../test/integration/_reliability.js';

const ROOT = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'freeze-s': { type: 'string', default: '20' },
    out: { type: 'string', default: join(ROOT, 'bench', 'neo4j-faults.json') },
  },
});
const GRAPH = '/api/graph?at=2022-01-01';
const IN_FLIGHT = 4;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

const dataDir = tempDir('faults-bench');
const httpPort = await findFreePort();
const base = `http://127.0.0.1:${httpPort}`;
const server = spawnServer({ NEO4J_DATA_DIR: dataDir, PORT: String(httpPort), NEO4J_HEAP: '512m', NEO4J_PAGECACHE_MB: '64' });

/** Status of one call and when it was answered. */
async function call(path: string): Promise<{ status: number; at: number }> {
  const status = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(30_000) }).then(
    async (res) => {
      await res.arrayBuffer();
      return res.status;
    },
    () => 0,
  );
  return { status, at: Date.now() };
}

/** Resolves with the moment `path` first answers `status`, polling every 50 ms. */
async function firstStatus(path: string, status: number): Promise<number> {
  for (;;) {
    const answer = await call(path);
    if (answer.status === status) return answer.at;
    await pause(50);
  }
}

/** When the server's log first showed more than `before` restarts (polled every 20 ms from the start of the wait). */
const restartSeenAt: number[] = [];
setInterval(() => {
  const count = (server.output().match(/the embedded Neo4j runs again/g) ?? []).length;
  while (restartSeenAt.length < count) restartSeenAt.push(Date.now());
}, 20).unref();
async function jvmRestartedAt(before: number): Promise<number> {
  while (restartSeenAt.length <= before) await pause(20);
  return restartSeenAt[before]!;
}

async function run(index: number) {
  await firstStatus(GRAPH, 200);
  await pause(3_000);
  const pid = readBoltFile(dataDir)!.pid;
  process.kill(pid, 'SIGSTOP');
  const stoppedAt = Date.now();
  const inFlight = await Promise.all(Array.from({ length: IN_FLIGHT }, (_, i) => call(i % 2 ? GRAPH : '/api/timeline')));
  const firstNew503 = await firstStatus(GRAPH, 503);
  await pause(Math.max(0, Number(args['freeze-s']) * 1000 - (Date.now() - stoppedAt)));
  process.kill(pid, 'SIGCONT');
  const continuedAt = Date.now();
  const back = await firstStatus(GRAPH, 200);
  const lastReady = () =>
    server
      .output()
      .match(/database is ready in[^\n]*/g)
      ?.at(-1) ?? null;
  const afterContinue = lastReady();
  await pause(3_000);
  const jvm = readBoltFile(dataDir)!.pid;
  const restartsBefore = (server.output().match(/the embedded Neo4j runs again/g) ?? []).length;
  process.kill(jvm, 'SIGKILL');
  const killedAt = Date.now();
  const restarted = await firstStatus(GRAPH, 200);
  const jvmRestartedMs = (await jvmRestartedAt(restartsBefore)) - killedAt;
  const result = {
    stopToFirst503Ms: Math.min(...inFlight.map((a) => a.at), firstNew503) - stoppedAt,
    inFlight503Ms: inFlight.map((a) => (a.status === 503 ? a.at - stoppedAt : -a.status)),
    continueTo200Ms: back - continuedAt,
    killTo200Ms: restarted - killedAt,
    killToJvmReadyMs: jvmRestartedMs,
    serverAfterContinue: afterContinue,
    serverAfterRestart: lastReady(),
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
  };
  console.error(`run ${index + 1}: ${JSON.stringify(result)}`);
  return result;
}

/** min / median / max of the runs' values. */
function spread(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return { minMs: sorted[0], medianMs: sorted[Math.floor(sorted.length / 2)], maxMs: sorted.at(-1) };
}

try {
  await server.waitFor(/explorer ready at/, 180_000);
  const runs = [];
  for (let i = 0; i < Number(args.runs); i += 1) runs.push(await run(i));
  const report = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version },
    freezeS: Number(args['freeze-s']),
    measures:
      'one server on its own embedded Neo4j; per run: SIGSTOP of the JVM (4 calls sent at once are in flight), SIGCONT after freezeS, then SIGKILL (the server restarts Neo4j). Times in ms from the signal.',
    stopToFirst503: spread(runs.map((r) => r.stopToFirst503Ms)),
    inFlight503: spread(runs.flatMap((r) => r.inFlight503Ms)),
    continueTo200: spread(runs.map((r) => r.continueTo200Ms)),
    killTo200: spread(runs.map((r) => r.killTo200Ms)),
    runs,
  };
  writeFileSync(args.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    JSON.stringify({
      stopToFirst503: report.stopToFirst503,
      inFlight503: report.inFlight503,
      continueTo200: report.continueTo200,
      killTo200: report.killTo200,
    }),
  );
} finally {
  server.child.kill('SIGTERM');
  await server.exited;
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
