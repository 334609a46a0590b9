// A quick measure of /api/timeline alone (`npm run bench` takes about 8 minutes to reach it): loads one generated network,
// starts the real server, and interleaves API and bare-driver samples. `--interactive` re-measures on each Enter, so
// the server and its .cypher files can be edited between rounds without reloading. Usage: npx tsx bench/timeline-profile.ts [100k|10k|1k]
import { createInterface } from 'node:readline';
import { QueryRegistry } from '../server/db/query-registry.js';
import { REQUIRED_QUERIES } from '../server/db/required-queries.js';
import { startBenchNeo4j } from './bench-neo4j.js';
import { startBenchServer } from './bench-server.js';
import { bareDriver, benchEndpoints } from './server-bench.js';

const SIZES: Record<string, number> = { '1k': 1_000, '10k': 10_000, '100k': 100_000 };
const SEED = 20240601;
const args = process.argv.slice(2);
const label = args.find((a) => a in SIZES) ?? '100k';
const samples = Number(args.find((a) => /^\d+$/.test(a)) ?? 10);
const log = (line: string) => console.log(`timeline-profile: ${line}`);

const neo = await startBenchNeo4j(log);
const driver = bareDriver(neo.target);
try {
  const relationships = SIZES[label]!;
  const loaded = await neo.load({ nodes: relationships / 5, relationships, seed: SEED });
  log(`loaded ${label}: ${loaded.nodes} nodes, ${loaded.relationships} relationships in ${(loaded.ms / 1000).toFixed(1)} s`);
  const measure = async () => {
    const server = await startBenchServer(neo.target);
    try {
      const queries = QueryRegistry.load(REQUIRED_QUERIES);
      const { timeline: r } = await benchEndpoints(server.baseUrl, driver, queries, neo.target.database, samples, 2, ['timeline']);
      log(
        `${label} timeline: API p50 ${r.p50} ms (p95 ${r.p95}), driver p50 ${r.driverP50} ms, ratio ${r.ratio}, ${r.bytes} bytes, peak RSS ${server.memory().peakRssMB} MB`,
      );
    } finally {
      await server.stop();
    }
  };
  await measure();
  if (args.includes('--interactive')) {
    const lines = createInterface({ input: process.stdin });
    log('press Enter to measure again, or type q to stop');
    for await (const line of lines) {
      if (line.trim() === 'q') break;
      await measure();
    }
    lines.close();
  }
} finally {
  await driver.close();
  await neo.close();
}
