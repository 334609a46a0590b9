// Server benchmark at one size: p50/p95 of /api/timeline, /api/graph?at= and /api/diff over HTTP, and the same
// named Cypher run through the bare driver (no conversion, no JSON, no HTTP). ratio = API p50 ÷ driver p50.
import neo4j, { type Driver } from 'neo4j-driver';
import type { QueryRegistry } from '../server/db/query-registry.js';
import type { Neo4jTarget } from '../server/db/resolve.js';
import { percentile, round, timeRepeated } from './stats.js';

export const GRAPH_AT = '2016-06-30';
export const DIFF_FROM = '2012-12-31';
export const DIFF_TO = '2020-12-31';

export interface EndpointResult {
  p50: number;
  p95: number;
  driverP50: number;
  ratio: number;
  bytes: number;
}
export type Endpoint = 'timeline' | 'graph' | 'diff';

/** Each endpoint: its URL, and the named queries its service runs (in parallel, as the service does). A query marked
 * `fetchAll` is read by the service in one fetch (Database.readFold), so the bare driver reads it the same way. */
const ENDPOINTS: Record<Endpoint, { path: string; queries: [string, Record<string, unknown>, { fetchAll: boolean }?][] }> = {
  timeline: {
    path: '/api/timeline',
    queries: [
      ['entity-nodes', {}],
      ['timeline-edges', {}, { fetchAll: true }],
      ['milestones-all', {}],
      ['vocabulary-all', {}],
      ['sources-all', {}],
    ],
  },
  graph: { path: `/api/graph?at=${GRAPH_AT}`, queries: [['graph-at', { at: GRAPH_AT }]] },
  diff: { path: `/api/diff?from=${DIFF_FROM}&to=${DIFF_TO}`, queries: [['edges-diff', { from: DIFF_FROM, to: DIFF_TO }]] },
};

/** Opens a bare driver to the benchmark's Neo4j. */
export function bareDriver(target: Neo4jTarget): Driver {
  const auth = target.password ? neo4j.auth.basic(target.username, target.password) : { scheme: 'none', principal: '', credentials: '' };
  return neo4j.driver(target.uri, auth);
}

/** GETs `url` and reads the whole body (uncompressed, so the API is not charged for gzip); returns its size. */
async function fetchBody(url: string): Promise<number> {
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${(await response.text()).slice(0, 300)}`);
  return (await response.arrayBuffer()).byteLength;
}

/** Measures each of `only` (default: every endpoint) at the loaded size; `samples` requests each after `warmup`. */
export async function benchEndpoints(
  baseUrl: string,
  driver: Driver,
  registry: QueryRegistry,
  database: string,
  samples: number,
  warmup: number,
  only = Object.keys(ENDPOINTS) as Endpoint[],
): Promise<Record<Endpoint, EndpointResult>> {
  const out = {} as Record<Endpoint, EndpointResult>;
  for (const endpoint of only) {
    const spec = ENDPOINTS[endpoint];
    const runDriver = () =>
      Promise.all(
        spec.queries.map(async ([name, params, options]) => {
          const text = registry.prepare(name, params).text;
          if (!options?.fetchAll) return driver.executeQuery(text, params, { routing: neo4j.routing.READ, database });
          const session = driver.session({ database, defaultAccessMode: neo4j.session.READ, fetchSize: -1 });
          try {
            return await session.executeRead((tx) => tx.run(text, params));
          } finally {
            await session.close();
          }
        }),
      );
    let bytes = 0;
    await timeRepeated(warmup, async () => {
      bytes = await fetchBody(baseUrl + spec.path);
      await runDriver();
    });
    const api: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < samples; i++) {
      api.push(...(await timeRepeated(1, () => fetchBody(baseUrl + spec.path))));
      bare.push(...(await timeRepeated(1, runDriver)));
    }
    const p50 = percentile(api, 50);
    const driverP50 = percentile(bare, 50);
    out[endpoint] = {
      p50: round(p50),
      p95: round(percentile(api, 95)),
      driverP50: round(driverP50),
      ratio: round(p50 / driverP50, 2),
      bytes,
    };
  }
  return out;
}
