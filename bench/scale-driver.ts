// GET /api/view against the bare driver running the same Cypher (the lens's view-part and lens-nodes-by-ids templates,
// rendered as the server renders them), for the scale part's "API ÷ driver" figure.
import neo4j, { type Driver } from 'neo4j-driver';
import { readingOf } from '../server/lens/reading.js';
import { lensTemplate, renderTemplate } from '../server/lens/templates.js';
import { addDays, boundOf } from '../server/services/view-time.js';
import type { BenchNeo4j } from './bench-neo4j.js';
import { median } from './stats.js';

const RUNS = 5;
const BUDGET = 2_000;

/** The medians of GET /api/view and of the driver running its queries, for the month ending `at`. */
export async function driverView(
  baseUrl: string,
  neo: BenchNeo4j,
  driver: Driver,
  at: string,
): Promise<{ apiMs: number; driverMs: number }> {
  const after = addDays(`${at.slice(0, 7)}-01`, -1);
  const url = `${baseUrl}/api/view?at=${at}&after=${after}&mode=window&budget=${BUDGET}`;
  const reading = await readingOf(neo.db);
  if (!reading) throw new Error('the scale network has no lens');
  const r = reading.present[0]!;
  const ids = Object.fromEntries(['nodeId', 'edgeId', 'sourceId', 'targetId'].map((k) => [k, reading.idKey]));
  const part = renderTemplate(
    lensTemplate('view-part'),
    { labels: reading.lens.labels, type: r.type, start: r.start.key, end: r.end?.key ?? null, ...ids, visible: reading.own },
    reading.schema,
  );
  const nodes = renderTemplate(
    lensTemplate('lens-nodes-by-ids'),
    {
      labels: reading.lens.labels,
      nodeId: reading.idKey,
      caption: { labels: reading.lens.labels, captions: reading.lens.captions },
      group: reading.lens.group.by === 'property' ? reading.lens.group.key : null,
      extras: reading.nodeKeys,
      visible: reading.own,
    },
    reading.schema,
  );
  const params = {
    startFrom: boundOf(r.start.form, addDays(after, 1)),
    startBefore: boundOf(r.start.form, addDays(at, 1)),
    openEnds: true,
    endFrom: boundOf(r.start.form, '1000-01-01'),
    endBefore: null,
    topNodes: neo4j.int(BUDGET / 4),
    perNode: neo4j.int(4),
  };
  const bare = async () => {
    const result = await driver.executeQuery(part, params, { database: neo.target.database, routing: neo4j.routing.READ });
    const wanted = [...new Set(result.records.flatMap((rec) => [rec.get('source') as string, rec.get('target') as string]))];
    await driver.executeQuery(nodes, { ids: wanted }, { database: neo.target.database, routing: neo4j.routing.READ });
  };
  const api = async () => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    await response.arrayBuffer();
  };
  await bare();
  await api();
  const [apiTimes, driverTimes]: [number[], number[]] = [[], []];
  for (let i = 0; i < RUNS; i++) {
    let started = performance.now();
    await bare();
    driverTimes.push(performance.now() - started);
    started = performance.now();
    await api();
    apiTimes.push(performance.now() - started);
  }
  return { apiMs: Math.round(median(apiTimes)), driverMs: Math.round(median(driverTimes)) };
}
