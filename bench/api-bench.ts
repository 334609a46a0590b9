// `npm run bench`: measures p50/p95 latency of /api/graph and /api/timeline on the bundled dataset with autocannon,
// against the real Neo4j (NEO4J_URI, or the embedded launcher on a temporary folder). Prints a table and writes
// bench/api-results.json. Target: p50 under 20 ms. Not a test: nothing fails on a slow machine.
import autocannon from 'autocannon';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createApp } from '../server/app.js';
import { loadConfig } from '../server/config/config.js';
import { Database } from '../server/db/database.js';
import { QueryRegistry } from '../server/db/query-registry.js';
import { REQUIRED_QUERIES } from '../server/db/required-queries.js';
import { resolveNeo4j } from '../server/db/resolve.js';
import { applySchema } from '../server/db/schema.js';
import { readDatasetDir } from '../server/import/bundled.js';
import { loadDataset } from '../server/import/load.js';

const RESULTS = resolve(import.meta.dirname, 'api-results.json');
const TARGETS = [
  { name: 'GET /api/graph?at=2021-12-31', path: '/api/graph?at=2021-12-31' },
  { name: 'GET /api/graph?at=2024-06-01&include=all', path: '/api/graph?at=2024-06-01&include=all' },
  { name: 'GET /api/timeline (gzip)', path: '/api/timeline' },
];
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 1);

async function measure(url: string) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers: { 'accept-encoding': 'gzip' } });
  return {
    p50: result.latency.p50,
    p95: result.latency.p97_5 !== undefined ? percentile95(result) : result.latency.p90,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** autocannon reports p90, p97.5 and p99 but not p95; take the midpoint of p90 and p97.5 as a stated approximation. */
function percentile95(result: autocannon.Result): number {
  return Math.round(((result.latency.p90 + result.latency.p97_5) / 2) * 10) / 10;
}

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'silent' });
  const dataDir = mkdtempSync(join(tmpdir(), 'hulian-bench-neo4j-'));
  const target = await resolveNeo4j(config, { dataDir });
  const db = Database.connect(target, QueryRegistry.load(REQUIRED_QUERIES), config.QUERY_TIMEOUT_MS);
  try {
    await applySchema(db);
    await loadDataset(db, readDatasetDir(), { requireNameZh: true });
    const server = createApp({ db, config }).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const rows = [];
    for (const { name, path } of TARGETS) {
      await autocannon({ url: base + path, connections: 2, amount: 200 });
      rows.push({ endpoint: name, ...(await measure(base + path)) });
    }
    server.close();
    console.log(
      `\nHulian API benchmark — Neo4j ${target.source}, ${CONNECTIONS} connections, ${DURATION_S} s each (latency in ms; target p50 < 20 ms)\n`,
    );
    console.table(
      rows.map((r) => ({ endpoint: r.endpoint, 'p50 ms': r.p50, 'p95 ms (≈)': r.p95, requests: r.requests, non2xx: r.non2xx })),
    );
    writeFileSync(
      RESULTS,
      `${JSON.stringify({ date: new Date().toISOString(), neo4j: target.source, connections: CONNECTIONS, durationS: DURATION_S, results: rows }, null, 2)}\n`,
    );
    console.log(`written to ${RESULTS}`);
  } finally {
    await db.close();
    await target.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
