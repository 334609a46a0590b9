// `npm run load [-- --duration 30 --connections 50,200 --only targets|flood|attack --flood-server same|separate]`: load test with
// autocannon against the real entry point and a real Neo4j (NEO4J_URI, else an embedded one on a temporary folder).
// Targets /api/graph, /api/timeline, /api/nodes?q= and /api/cypher; then the fixed endpoints alone vs. under a console
// flood. The flood goes to the same server as the fixed endpoints (one deployment; default), or with
// `--flood-server separate` to a second server process on the same Neo4j; then the console-attack scenario
// (scripts/console-attack.ts). Writes bench/load.json and prints a table.
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { consoleSlotsFor } from '../server/config/config.js';
import { consoleAttack, type AttackReport } from './console-attack.js';
import { Database } from '../server/db/database.js';
import { startEmbedded } from '../server/neo4j-process/embedded.js';
import { findFreePort } from '../server/neo4j-process/free-port.js';
import { QueryRegistry } from '../server/db/query-registry.js';
import { REQUIRED_QUERIES } from '../server/db/required-queries.js';
import { applySchema } from '../server/db/schema.js';
import { seedIfEmpty } from '../server/import/seed.js';

const ROOT = resolve(import.meta.dirname, '..');
const USAGE =
  'Usage: npm run load [-- --duration 30 --connections 50,200 --flood-connections 50 --only targets|flood|attack --flood-server same|separate --out bench/load.json]';
/** The options, or the usage on --help and one line on anything unknown (never a stack trace). */
function options() {
  try {
    return parseArgs({ options: OPTIONS, strict: true }).values;
  } catch (error) {
    console.error(`load: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
}
const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  duration: { type: 'string', default: '30' },
  connections: { type: 'string', default: '50,200' },
  'flood-connections': { type: 'string', default: '50' },
  'flood-server': { type: 'string', default: 'same' },
  only: { type: 'string' },
  out: { type: 'string', default: join(ROOT, 'bench', 'load.json') },
} as const;
const args = options();
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const DURATION_S = Number(args.duration);
const CONNECTIONS = args.connections.split(',').map(Number);
const FLOOD_CONNECTIONS = Number(args['flood-connections']);
const json = { 'content-type': 'application/json' };
const years = Array.from({ length: 17 }, (_, i) => 2008 + i);
const searches = ['tao', '微信', 'ali', 'pay', '拼多多', 'bai'];

/** Each target cycles through a few realistic requests. */
const TARGETS: Record<string, autocannon.Request[]> = {
  '/api/graph': years.map((y) => ({ method: 'GET', path: `/api/graph?at=${y}-06-30` })),
  '/api/timeline': [{ method: 'GET', path: '/api/timeline', headers: { 'accept-encoding': 'gzip' } }],
  '/api/nodes?q=': searches.map((q) => ({ method: 'GET', path: `/api/nodes?q=${encodeURIComponent(q)}` })),
  '/api/cypher': searches.map((q) => ({
    method: 'POST',
    path: '/api/cypher',
    headers: json,
    body: JSON.stringify({
      query: 'MATCH (n:Entity) WHERE n.name CONTAINS $q OR n.nameZh CONTAINS $q RETURN n.id AS id LIMIT 10',
      params: { q },
    }),
  })),
};
/** Keeps every console slot busy (CONSOLE_CONCURRENCY: cores − 1 by default): about a second of CPU in Neo4j per query. */
const FLOOD: autocannon.Request[] = [
  {
    method: 'POST',
    path: '/api/cypher',
    headers: json,
    body: JSON.stringify({ query: 'UNWIND range(1, $n) AS x RETURN sum(x) AS total', params: { n: 3_000_000 } }),
  },
];

interface Measured {
  target: string;
  connections: number;
  p50: number;
  p99: number;
  rps: number;
  requests: number;
  statusCodes: Record<string, number>;
  /** Every answer that was not a success, by status, plus connection errors and client timeouts. */
  errorBreakdown: Record<string, number>;
  errors: number;
  timeouts: number;
}

async function measure(
  base: string,
  target: string,
  requests: autocannon.Request[],
  connections: number,
  duration = DURATION_S,
): Promise<Measured> {
  const result = await autocannon({ url: base, requests, connections, duration, timeout: 30 });
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, (s as { count: number }).count]),
  );
  const errorBreakdown = Object.fromEntries(
    [
      ...Object.entries(statusCodes).filter(([code]) => !code.startsWith('2') && code !== '304'),
      ['connection errors', result.errors],
      ['timeouts', result.timeouts],
    ].filter(([, n]) => Number(n) > 0),
  );
  return {
    target,
    connections,
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: Math.round(result.requests.average),
    requests: result.requests.total,
    statusCodes,
    errorBreakdown,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/** Starts server/index.ts on a free port against `uri` and resolves with its base URL once it is ready. */
async function startServer(uri: string, env: Record<string, string>): Promise<{ base: string; child: ChildProcess }> {
  const port = await findFreePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NEO4J_URI: uri, PORT: String(port), LOG_LEVEL: 'silent', ...env },
  });
  await new Promise<void>((ready, fail) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('explorer ready')) ready();
    });
    child.once('exit', (code) => fail(new Error(`the server exited with ${code}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600 && (await fetch(`${base}/api/ready`)).status !== 200; i += 1) await new Promise((r) => setTimeout(r, 100));
  return { base, child };
}

/** NEO4J_URI when set, else an embedded Neo4j on a temporary folder with the schema and the bundled data. */
async function neo4jTarget(): Promise<{ uri: string; pid?: number; stop: () => Promise<void> }> {
  if (process.env.NEO4J_URI) return { uri: process.env.NEO4J_URI, stop: async () => {} };
  const dataDir = mkdtempSync(join(tmpdir(), 'hulian-load-'));
  const neo4j = await startEmbedded({ dataDir, heap: '1g', pagecacheMb: 256, startTimeoutS: 180 });
  const db = Database.connect(
    { uri: neo4j.uri, username: 'neo4j', password: '', database: 'neo4j' },
    QueryRegistry.load(REQUIRED_QUERIES),
    60_000,
  );
  await applySchema(db);
  await seedIfEmpty(db);
  await db.close();
  return {
    uri: neo4j.uri,
    pid: neo4j.pid,
    stop: async () => {
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Deliberate load shedding is a 429 (rate limit, or busy with Retry-After); anything else that is not a success is an error. */
const shed = (m: Measured) => m.statusCodes['429'] ?? 0;
const unexpected = (m: Measured) =>
  Object.entries(m.errorBreakdown)
    .filter(([code]) => code !== '429')
    .reduce((sum, [, n]) => sum + n, 0);
const breakdown = (m: Measured) =>
  Object.entries(m.errorBreakdown)
    .filter(([code]) => code !== '429')
    .map(([code, n]) => `${n} × ${code}`)
    .join(', ') || '0';

function table(runs: Measured[], flood: { target: string; aloneP99: number; floodP99: number; ratio: number }[]): string {
  const lines = [
    '| target | connections | p50 ms | p99 ms | req/s | requests | 2xx | 429 (deliberate) | other errors |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of runs) {
    const ok = Object.entries(r.statusCodes)
      .filter(([code]) => code.startsWith('2'))
      .reduce((sum, [, n]) => sum + n, 0);
    lines.push(
      `| ${r.target} | ${r.connections} | ${r.p50} | ${r.p99} | ${r.rps} | ${r.requests} | ${ok} | ${shed(r)} | ${breakdown(r)} |`,
    );
  }
  lines.push(
    '',
    `| fixed endpoint (${FLOOD_CONNECTIONS} connections) | p99 alone ms | p99 under console flood ms | ratio |`,
    '|---|---:|---:|---:|',
  );
  for (const f of flood) lines.push(`| ${f.target} | ${f.aloneP99} | ${f.floodP99} | ${f.ratio} |`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const neo4j = await neo4jTarget();
  const servers: ChildProcess[] = [];
  try {
    const main = await startServer(neo4j.uri, {});
    const floodServer = await startServer(neo4j.uri, { CONSOLE_RATE_PER_MIN: '1000000' });
    servers.push(main.child, floodServer.child);
    /** The fixed endpoints under the flood are measured on the flooded server itself, unless --flood-server separate. */
    const fixedServer = args['flood-server'] === 'separate' ? main : floodServer;
    const runs: Measured[] = [];
    for (const connections of args.only === 'flood' || args.only === 'attack' ? [] : CONNECTIONS) {
      for (const [target, requests] of Object.entries(TARGETS)) {
        console.error(`load: ${target} at ${connections} connections for ${DURATION_S} s…`);
        runs.push(await measure(main.base, target, requests, connections));
      }
    }
    const flood = [];
    await new Promise((r) => setTimeout(r, 2_000));
    for (const target of args.only === 'targets' || args.only === 'attack' ? [] : ['/api/graph', '/api/timeline', '/api/nodes?q=']) {
      console.error(`load: ${target} alone, then under a console flood…`);
      await measure(fixedServer.base, target, TARGETS[target]!, FLOOD_CONNECTIONS, 2);
      const alone = await measure(fixedServer.base, target, TARGETS[target]!, FLOOD_CONNECTIONS);
      const [withFlood, flooding] = await Promise.all([
        measure(fixedServer.base, target, TARGETS[target]!, FLOOD_CONNECTIONS),
        measure(floodServer.base, 'console flood', FLOOD, FLOOD_CONNECTIONS),
      ]);
      flood.push({
        target,
        aloneP99: alone.p99,
        floodP99: withFlood.p99,
        ratio: Math.round((withFlood.p99 / Math.max(alone.p99, 1)) * 100) / 100,
        alone,
        withFlood,
        floodStatusCodes: flooding.statusCodes,
        floodConsoleAnsweredPerS: Math.round(((flooding.statusCodes['200'] ?? 0) / DURATION_S) * 10) / 10,
      });
    }
    let attack: AttackReport | null = null;
    if (!args.only || args.only === 'attack') {
      console.error('load: the console-attack scenario…');
      const fixedTargets = Object.fromEntries(['/api/graph', '/api/timeline', '/api/nodes?q='].map((t) => [t, TARGETS[t]!]));
      attack = await consoleAttack(floodServer.base, fixedTargets, {
        durationS: DURATION_S,
        connections: [FLOOD_CONNECTIONS, 1],
        attackers: 8,
        neo4jPid: neo4j.pid,
      });
    }
    const report = {
      measuredAt: new Date().toISOString(),
      machine: { cpus: cpus().length, node: process.version, loadAverage: loadavg().map((l) => Math.round(l * 10) / 10) },
      durationS: DURATION_S,
      consoleConcurrency: consoleSlotsFor(),
      floodServer: args['flood-server'],
      neo4j: process.env.NEO4J_URI ? 'NEO4J_URI' : 'embedded',
      runs,
      flood,
      unexpectedErrors: runs.reduce((sum, r) => sum + unexpected(r), 0),
      attack,
    };
    writeFileSync(args.out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(table(runs, flood));
    console.log(
      `\nflood server: ${args['flood-server']}; load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(
          ' ',
        )}; written to ${args.out}; errors other than 429: ${report.unexpectedErrors}; flood ratio (p99 under flood / alone): ${flood.map((f) => `${f.target} ${f.ratio}`).join(', ')}`,
    );
    if (attack) {
      console.log(
        `\nconsole attack: ${attack.passed ? 'held' : 'NOT HELD'}; tarpit connections ${attack.tarpitConnections}; ` +
          attack.alone.map((a) => `${a.name} ${a.status} (Neo4j idle ${a.neo4jIdleAfterMs ?? '?'} ms after)`).join('; '),
      );
      console.log(
        attack.fixed
          .map(
            (f) =>
              `${f.target} at ${f.connections} connections: p99 alone ${f.aloneP99} ms, under attack ${f.underAttackP99} ms (×${f.ratio}); attacks ${JSON.stringify(f.attackStatuses)}`,
          )
          .join('\n'),
      );
    }
    process.exitCode = report.unexpectedErrors || (attack && !attack.passed) ? 1 : 0;
  } finally {
    for (const child of servers) child.kill('SIGTERM');
    await Promise.all(servers.map((child) => new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)))));
    await neo4j.stop();
  }
}

await main();
