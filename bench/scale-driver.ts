// GET /api/view against the bare driver running the same Cypher (view-part for each part, view-count where the
// histogram does not hold the part's count, then lens-nodes-by-ids, rendered and parametrised as the server does), for
// the scale part's "API ÷ driver" figure.
import neo4j, { type Driver } from 'neo4j-driver';
import { readingOf } from '../server/lens/reading.js';
import { lensTemplate, renderTemplate } from '../server/lens/templates.js';
import { countedAlready, partQueries, partsOf } from '../server/services/view-service.js';
import { histogramAndStartsOf } from '../server/services/view-delivery.js';
import { addDays } from '../server/services/view-time.js';
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
  first: string,
): Promise<{ apiMs: number; driverMs: number }> {
  const after = addDays(`${at.slice(0, 7)}-01`, -1);
  const url = `${baseUrl}/api/view?at=${at}&after=${after}&mode=window&budget=${BUDGET}`;
  const reading = await readingOf(neo.db);
  if (!reading) throw new Error('the scale network has no lens');
  const request = { at, after, mode: 'window' as const, budget: BUDGET, first };
  // As the server does: a part whose count the histogram holds runs only its rows.
  const { starts } = await histogramAndStartsOf(neo.db);
  const runs = partsOf(reading, request).flatMap((part) => {
    const [count, rows] = partQueries(reading, part, request);
    return countedAlready(part, starts) === null ? [count, rows] : [rows];
  });
  const texts = runs.map((run) => renderTemplate(lensTemplate(run.name), run.bindings, reading.schema));
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
  const read = (text: string, params: Record<string, unknown>) =>
    driver.executeQuery(text, params, { database: neo.target.database, routing: neo4j.routing.READ });
  const bare = async () => {
    const results = await Promise.all(runs.map((run, i) => read(texts[i]!, run.params)));
    const ends = results.flatMap((result) =>
      result.records.filter((rec) => rec.has('source')).flatMap((rec) => [rec.get('source'), rec.get('target')]),
    );
    await read(nodes, { ids: [...new Set(ends)] });
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
