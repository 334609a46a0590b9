// `npm run bench`: the whole benchmark in one run on one Neo4j. Server latency against the bare driver at 1k, 10k and
// 100k relationships with server RSS; then the client (canvas and WebGL) and vis-network at 1k, 5k, 10k and 20k
// visible elements. Writes bench/results.json, bench/results.md and bench/latency.svg. Nothing fails on a slow machine.
import { execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { isSoftwareGl, planForSize } from '../client/src/lib/scale.js';
import { startBenchNeo4j, type BenchNeo4j } from './bench-neo4j.js';
import { startBenchServer } from './bench-server.js';
import { HAS_CHROMIUM, launchBenchBrowser, webglRendererInfo } from './browser.js';
import { SHOWN_AT, specForVisible } from './calibrate.js';
import { benchClient } from './client-bench.js';
import { benchPeer } from './peer-bench.js';
import { RESULT_FILES, writeResults, type Results } from './report.js';
import { PRECOMPUTED_LAYOUT_MIN_NODES } from '../server/services/layout.js';
import { bareDriver, benchEndpoints } from './server-bench.js';
import { round } from './stats.js';
import { judgeTargets } from './targets.js';

const SERVER_SIZES = [
  { label: '1k', relationships: 1_000 },
  { label: '10k', relationships: 10_000 },
  { label: '100k', relationships: 100_000 },
];
const CLIENT_SIZES = [
  { label: '1k', elements: 1_000 },
  { label: '5k', elements: 5_000 },
  { label: '10k', elements: 10_000 },
  { label: '20k', elements: 20_000 },
];
const SEED = 20240601;
const log = (line: string) => console.log(`bench: ${line}`);

function machine(): Record<string, string | number> {
  const java = (() => {
    try {
      return execSync('java -version 2>&1', { encoding: 'utf8' }).split('\n')[0]!.trim();
    } catch {
      return 'none';
    }
  })();
  return {
    cores: cpus().length,
    memoryGB: round(totalmem() / 1024 ** 3, 1),
    cpu: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    java,
  };
}

async function serverPart(neo: BenchNeo4j, results: Results): Promise<void> {
  const driver = bareDriver(neo.target);
  try {
    for (const size of SERVER_SIZES) {
      const loaded = await neo.load({ nodes: size.relationships / 5, relationships: size.relationships, seed: SEED });
      log(`loaded ${size.label}: ${loaded.nodes} nodes, ${loaded.relationships} relationships in ${(loaded.ms / 1000).toFixed(1)} s`);
      const server = await startBenchServer(neo.target);
      try {
        const big = size.relationships >= 100_000;
        const byEndpoint = await benchEndpoints(server.baseUrl, driver, neo.db.queries, neo.target.database, big ? 10 : 20, 2);
        for (const [endpoint, r] of Object.entries(byEndpoint)) {
          (results.server[endpoint] ??= {})[size.label] = { ...r };
          log(`  ${endpoint}: p50 ${r.p50} ms, p95 ${r.p95} ms, driver ${r.driverP50} ms, ratio ${r.ratio}`);
        }
        (results.memory.server ??= {})[size.label] = server.memory();
      } finally {
        await server.stop();
      }
    }
  } finally {
    await driver.close();
  }
}

async function clientPart(neo: BenchNeo4j, results: Results): Promise<void> {
  const browser = await launchBenchBrowser();
  results.meta.chromium = browser.version;
  try {
    const probe = await browser.context.newPage();
    results.meta.webgl = await webglRendererInfo(probe);
    await probe.close();
    const softwareGl = isSoftwareGl(String(results.meta.webgl));
    for (const size of CLIENT_SIZES) {
      const spec = specForVisible(size.elements, SEED);
      await neo.load(spec);
      const server = await startBenchServer(neo.target);
      try {
        const network = `${spec.nodes} nodes, ${spec.relationships} relationships`;
        for (const renderer of ['canvas', 'webgl'] as const) {
          const r = await benchClient(browser.context, server.baseUrl, renderer);
          (results.client[renderer] ??= {})[size.label] = { ...r, network };
          log(
            `client ${renderer} ${size.label} (${r.elements} visible): first ${r.firstRenderMs} ms, step ${r.stepMs} ms, ${r.fps} fps, heap ${r.heapMB} MB`,
          );
        }
        const auto = planForSize(spec.nodes + spec.relationships, spec.nodes >= PRECOMPUTED_LAYOUT_MIN_NODES, null, softwareGl).renderer;
        const peer = await benchPeer(browser.context, server.baseUrl, SHOWN_AT);
        const hulianMs = Number(results.client[auto]![size.label]!.firstRenderMs);
        (results.peer.visNetwork ??= {})[size.label] = {
          ...peer,
          hulianMs,
          hulianRenderer: auto,
          ratio: round(peer.firstRenderMs / hulianMs, 2),
        };
        log(`peer vis-network ${size.label} (${peer.elements}): first ${peer.firstRenderMs} ms (Hulian ${auto}: ${hulianMs} ms)`);
      } finally {
        await server.stop();
      }
    }
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const results: Results = {
    meta: { date: new Date().toISOString(), machine: '', ...machine() },
    server: {},
    client: {},
    peer: {},
    memory: {},
    targets: [],
  };
  results.meta.machine = `${results.meta.cores} cores, ${results.meta.memoryGB} GB, ${results.meta.cpu}`;
  log('building the client (vite build)…');
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
  const neo = await startBenchNeo4j(log);
  try {
    results.meta.neo4j = (await neo.db.serverInfo()).version;
    await serverPart(neo, results);
    if (HAS_CHROMIUM) await clientPart(neo, results);
    else log('no Chromium at /usr/bin/chromium (set CHROMIUM_PATH): client and peer skipped');
  } finally {
    await neo.close();
  }
  results.targets = judgeTargets(results);
  results.meta.totalSeconds = Math.round((Date.now() - started) / 1000);
  writeResults(results, SERVER_SIZES);
  log(`done in ${results.meta.totalSeconds} s; wrote ${Object.values(RESULT_FILES).join(', ')}`);
  for (const t of results.targets) log(`${t.met ? 'MET   ' : 'MISSED'} ${t.measure}: ${t.measured} (target ${t.target}) ${t.note}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
