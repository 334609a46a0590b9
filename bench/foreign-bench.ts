// The timeline on a foreign database of 100,000 relationships (issue #14): /api/timeline over HTTP against the lens
// templates through the bare driver. "read" samples change the data first (one node outside the lens), so the server
// reads the network again through the lens; "cached" samples answer from its copy in memory. `tsx bench/foreign-bench.ts`
// runs it alone on a temporary embedded Neo4j; `foreignPart` is the hook for bench/run.ts.
import neo4j, { type Driver } from 'neo4j-driver';
import { setTimeout as sleep } from 'node:timers/promises';
import { applySchema } from '../server/db/schema.js';
import { discover } from '../server/lens/discover.js';
import { lensTemplate, renderTemplate } from '../server/lens/templates.js';
import { emptyEverything } from '../test/integration/_foreign-db.js';
import { startBenchNeo4j, type BenchNeo4j } from './bench-neo4j.js';
import { startBenchServer } from './bench-server.js';
import { seededRandom } from '../server/analysis/seeded-random.js';
import { bareDriver } from './server-bench.js';
import { percentile, round, timeRepeated } from './stats.js';

const RELATIONSHIPS = 100_000;
const PEOPLE = 20_000;
const BATCH = 10_000;
const SAMPLES = 7;
/** Longer than the server's 2 s trust in its copy, so the next request checks the counts. */
const PAST_TRUST_MS = 2_100;

export interface ForeignResult {
  relationships: number;
  readP50: number;
  cachedP50: number;
  driverP50: number;
  readRatio: number;
  cachedRatio: number;
  bytes: number;
}

/** Empties the Neo4j (schema too) and builds people emailing (DateTime) and following (epoch-ms start and end). */
async function buildForeign(neo: BenchNeo4j, seed: number): Promise<void> {
  await emptyEverything(neo.db);
  const write = (statement: string, params: Record<string, unknown>) =>
    neo.db.withSession('WRITE', (s) => s.executeWrite((tx) => tx.run(statement, params)));
  await write('UNWIND range(0, $n - 1) AS i CREATE (:Person {name: "person " + i, team: ["red", "blue", "green"][i % 3]})', {
    n: neo4j.int(PEOPLE),
  });
  await write('CREATE INDEX bench_person_name IF NOT EXISTS FOR (p:Person) ON (p.name)', {});
  await neo.db.withSession('READ', (s) => s.run('CALL db.awaitIndexes(300)'));
  const random = seededRandom(seed);
  const day = Date.UTC(2005, 0, 1);
  const span = Date.UTC(2025, 0, 1) - day;
  for (let done = 0; done < RELATIONSHIPS; done += BATCH) {
    const rows = Array.from({ length: BATCH }, () => {
      const start = day + Math.floor(random() * span);
      return {
        a: `person ${Math.floor(random() * PEOPLE)}`,
        b: `person ${Math.floor(random() * PEOPLE)}`,
        start,
        end: random() < 0.4 ? start + Math.floor(random() * 3 * 365 * 86_400_000) : null,
      };
    });
    const emailed = done < RELATIONSHIPS / 2;
    await write(
      `UNWIND $rows AS row MATCH (a:Person {name: row.a}), (b:Person {name: row.b}) ` +
        (emailed
          ? 'CREATE (a)-[:EMAILED {sentAt: datetime({epochMillis: toInteger(row.start)}), subject: "re: " + row.b}]->(b)'
          : 'CREATE (a)-[:FOLLOWED {start_ms: toInteger(row.start), end_ms: toInteger(row.end)}]->(b)'),
      { rows },
    );
  }
}

/** Runs the lens templates the timeline runs (every label's nodes, every type's edge rows), all rows fetched. */
async function driverTimeline(neo: BenchNeo4j, driver: Driver) {
  const { lens, schema } = await discover(neo.db);
  if (!lens) throw new Error('discovery found no time property in the benchmark network');
  const queries = [
    ...lens.labels.map((label) => ({
      text: renderTemplate(lensTemplate('lens-nodes'), { label, caption: lens.captions[label] ?? null, group: null }, schema),
      params: {},
    })),
    ...lens.relationships.map((r) => ({
      text: renderTemplate(
        lensTemplate('lens-timeline-edges'),
        { labels: lens.labels, type: r.type, start: r.start.key, end: r.end?.key ?? null },
        schema,
      ),
      params: { startForm: r.start.form, endForm: r.end?.form ?? 'none', timeKeys: [r.start.key, ...(r.end ? [r.end.key] : [])] },
    })),
  ];
  return () =>
    Promise.all(
      queries.map(async ({ text, params }) => {
        const session = driver.session({ database: neo.target.database, defaultAccessMode: neo4j.session.READ, fetchSize: -1 });
        try {
          return await session.executeRead((tx) => tx.run(text, params));
        } finally {
          await session.close();
        }
      }),
    );
}

/** Measures the foreign timeline at 100k relationships; leaves the Neo4j empty with Hulian's schema applied. */
export async function foreignPart(neo: BenchNeo4j, log: (line: string) => void, seed = 20240601): Promise<ForeignResult> {
  const started = performance.now();
  await buildForeign(neo, seed);
  log(`foreign: built ${RELATIONSHIPS} relationships in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const driver = bareDriver(neo.target);
  // The whole foreign timeline at 100k is above WHOLE_TIMELINE_MAX (a 409 by default): the limit is raised to measure it.
  const server = await startBenchServer(neo.target, { WHOLE_TIMELINE_MAX: '1000000' });
  try {
    const url = `${server.baseUrl}/api/timeline`;
    const fetchBody = async () => {
      const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${(await response.text()).slice(0, 300)}`);
      return (await response.arrayBuffer()).byteLength;
    };
    // The first request waits for the layout of the whole network (a 504 past the deadline; the layout goes on).
    let bytes = 0;
    for (let attempt = 0; !bytes; attempt++)
      bytes = await fetchBody().catch((error: unknown) => (attempt < 10 ? 0 : Promise.reject(error)));
    const runDriver = await driverTimeline(neo, driver);
    await runDriver();
    const [read, cached, bare]: [number[], number[], number[]] = [[], [], []];
    for (let i = 0; i < SAMPLES; i++) {
      await neo.db.withSession('WRITE', (s) => s.run('CREATE (:BenchTick)'));
      await sleep(PAST_TRUST_MS);
      read.push(...(await timeRepeated(1, fetchBody)));
      cached.push(...(await timeRepeated(1, fetchBody)));
      bare.push(...(await timeRepeated(1, runDriver)));
    }
    const [readP50, cachedP50, driverP50] = [read, cached, bare].map((samples) => round(percentile(samples, 50)));
    const result = {
      relationships: RELATIONSHIPS,
      readP50: readP50!,
      cachedP50: cachedP50!,
      driverP50: driverP50!,
      readRatio: round(readP50! / driverP50!, 2),
      cachedRatio: round(cachedP50! / driverP50!, 2),
      bytes,
    };
    log(
      `foreign timeline ${RELATIONSHIPS}: read p50 ${readP50} ms, cached p50 ${cachedP50} ms, driver p50 ${driverP50} ms, ` +
        `API ÷ driver ${result.readRatio} (read) / ${result.cachedRatio} (cached), ${bytes} bytes`,
    );
    return result;
  } finally {
    await server.stop();
    await driver.close();
    await emptyEverything(neo.db);
    await applySchema(neo.db);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const log = (line: string) => console.log(`bench: ${line}`);
  const neo = await startBenchNeo4j(log);
  try {
    await foreignPart(neo, log);
  } finally {
    await neo.close();
  }
}
