// The benchmark's own Neo4j: an embedded one on a temporary folder (never the user's .data/neo4j), or NEO4J_URI when
// the user sets it and allows the wipe with BENCH_ALLOW_WIPE=1. Each network is loaded through the importer.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../server/config/config.js';
import { Database } from '../server/db/database.js';
import { QueryRegistry } from '../server/db/query-registry.js';
import { REQUIRED_QUERIES } from '../server/db/required-queries.js';
import { resolveNeo4j, type Neo4jTarget } from '../server/db/resolve.js';
import { applySchema } from '../server/db/schema.js';
import { loadDataset } from '../server/import/load.js';
import { generateNetwork, type NetworkSpec } from './generate.js';

/** Generous, so the 100k timeline is measured rather than cut off. */
export const BENCH_QUERY_TIMEOUT_MS = 120_000;

export interface BenchNeo4j {
  db: Database;
  target: Neo4jTarget;
  /** Loads a generated network in place of whatever is there; returns the load's wall time. */
  load(spec: NetworkSpec): Promise<{ ms: number; nodes: number; relationships: number }>;
  close(): Promise<void>;
}

/** Starts (or connects to) the benchmark's Neo4j and applies the schema. */
export async function startBenchNeo4j(log: (line: string) => void): Promise<BenchNeo4j> {
  if (process.env.NEO4J_URI && process.env.BENCH_ALLOW_WIPE !== '1') {
    throw new Error(
      'NEO4J_URI is set: the benchmark replaces all data in that database. Set BENCH_ALLOW_WIPE=1 to allow it, or unset NEO4J_URI to use a temporary embedded Neo4j.',
    );
  }
  const config = loadConfig({ NEO4J_HEAP: '2g', NEO4J_PAGECACHE_MB: '512', ...process.env, LOG_LEVEL: 'silent' });
  const dataDir = mkdtempSync(join(tmpdir(), 'hulian-bench-neo4j-'));
  const target = await resolveNeo4j(config, { dataDir });
  log(`Neo4j: ${target.source} at ${target.uri}${target.source === 'embedded' ? ` (data in ${dataDir})` : ''}`);
  const db = Database.connect(target, QueryRegistry.load(REQUIRED_QUERIES), BENCH_QUERY_TIMEOUT_MS);
  await applySchema(db);
  return {
    db,
    target,
    async load(spec) {
      const summary = await loadDataset(db, generateNetwork(spec), { replace: true });
      return { ms: summary.ms, nodes: summary.nodes, relationships: summary.relationships };
    },
    async close() {
      await db.close();
      await target.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
