// The scale part of `npm run bench` (issue #19): foreign networks of 100k, 1M and 3M relationships (100,000 accounts,
// 3 years, skewed activity; bench/scale-generate.ts) opened through NEO4J_URI in Chromium. It records the first drawn
// view, steps with and without prefetch, Play, Node RSS, browser heap, /api errors and GET /api/view against the bare
// driver running the same Cypher. `tsx bench/scale-bench.ts [--sizes 100000,1000000]` runs it alone.
import type { Page } from 'playwright-core';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { startBenchNeo4j, type BenchNeo4j } from './bench-neo4j.js';
import { startBenchServer } from './bench-server.js';
import { launchBenchBrowser, usedHeapMB } from './browser.js';
import { writeScaleNetwork, SCALE_DEFAULTS } from './scale-generate.js';
import { bareDriver } from './server-bench.js';
import { median, round } from './stats.js';
import { driverView } from './scale-driver.js';
import { emptyEverything } from '../test/integration/_foreign-db.js';
import type { HistogramAnswer } from '../contract/views.js';

export const SCALE_SIZES = [100_000, 1_000_000, 3_000_000];
const STEPS = 7;
const PLAY_SECONDS = 10;

export interface ScaleResult {
  relationships: number;
  generateS: number;
  /** Server start to its histogram and core layout prepared (the first preparation of a cold database). */
  prepareS: number;
  firstDrawnMs: number;
  stepMs: number;
  prefetchedStepMs: number;
  playStepsPerS: number;
  nodeRssMB: number;
  browserHeapMB: number;
  apiErrors: number;
  viewApiMs: number;
  viewDriverMs: number;
  viewRatio: number;
  histogramApiMs: number;
  loadAverage: number;
}

const loadAverage = async () => Number((await import('node:fs')).readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);

/** Time from an action in the page to `body[data-at]` changing (the view of the new date drawn). */
async function timeStep(page: Page, act: () => Promise<void>): Promise<number> {
  const before = await page.evaluate(() => document.body.dataset.at);
  const started = performance.now();
  await act();
  await page.waitForFunction((b) => document.body.dataset.at !== b, before, { timeout: 60_000, polling: 'raf' });
  return performance.now() - started;
}

/** Moves the date slider to step `index` (as a user dragging it would). */
const slideTo = (page: Page, index: number) =>
  page.evaluate((i) => {
    const slider = document.getElementById('date-slider') as HTMLInputElement;
    slider.value = String(i);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
  }, index);

async function measureSize(neo: BenchNeo4j, relationships: number, log: (line: string) => void): Promise<ScaleResult> {
  const driver = bareDriver(neo.target);
  let started = performance.now();
  // The last network first, in batches (one transaction of millions would not fit), then Hulian's own schema too:
  // the network must be someone else's.
  // Relationships first: a hub's DETACH DELETE takes all of its relationships in one transaction (past Neo4j's
  // per-query memory at 1M, once).
  await neo.db.withSession('WRITE', (session) => session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS'));
  await neo.db.withSession('WRITE', (session) => session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS'));
  await emptyEverything(neo.db);
  await writeScaleNetwork(driver, neo.target.database, { relationships, ...SCALE_DEFAULTS }, (done, total) => {
    if (done % 500_000 === 0 || done === total) log(`scale: wrote ${done.toLocaleString('en')} of ${total.toLocaleString('en')}`);
  });
  const generateS = round((performance.now() - started) / 1000, 1);
  started = performance.now();
  const server = await startBenchServer(neo.target, { QUERY_TIMEOUT_MS: '5000' });
  const browser = await launchBenchBrowser();
  try {
    while ((await fetch(`${server.baseUrl}/api/histogram`)).status === 202) await sleep(1_000);
    const prepareS = round((performance.now() - started) / 1000, 1);
    const page = await browser.context.newPage();
    let apiErrors = 0;
    page.on('response', (r) => {
      if (!r.url().includes('/api/') || r.status() < 400) return;
      apiErrors += 1;
      log(`scale: HTTP ${r.status()} for ${r.url().slice(server.baseUrl.length)}`);
    });
    page.on('pageerror', (error) => log(`scale: page error: ${error.message}`));
    started = performance.now();
    await page.goto(server.baseUrl);
    await page.waitForSelector('body[data-ready]', { timeout: 120_000 });
    const firstDrawnMs = Math.round(performance.now() - started);
    const steps = Number(await page.evaluate(() => (document.getElementById('date-slider') as HTMLInputElement).max));
    const shownIndex = () => page.evaluate(() => Number((document.getElementById('date-slider') as HTMLInputElement).value));
    // Steps spread over the span, never to the opening date or the steps fetched ahead around it (1 and 2 later, 1
    // earlier): their views are kept, so they would not be cold steps.
    const opening = await shownIndex();
    const cold: number[] = [];
    for (let i = 0; i < STEPS; i++) {
      const spread = Math.round((steps * (i * 5 + 2)) / (STEPS * 5));
      const kept = spread - opening >= -1 && spread - opening <= 2;
      const target = !kept ? spread : opening >= 2 ? opening - 2 : opening + 3;
      if (target !== (await shownIndex())) cold.push(await timeStep(page, () => slideTo(page, target)));
    }
    // Prefetched steps: from early in the span, forward one step at a time after the page has been idle.
    if ((await shownIndex()) !== 1) await timeStep(page, () => slideTo(page, 1));
    const warm: number[] = [];
    for (let i = 0; i < Math.min(STEPS, steps - 1); i++) {
      await sleep(1_500); // the neighbours are fetched while idle
      warm.push(await timeStep(page, () => page.keyboard.press('ArrowRight')));
    }
    await slideTo(page, 0);
    await page.selectOption('#speed', { label: '4×' }); // 4 steps/s at most: the target is 2
    const atStart = await page.evaluate(() => document.body.dataset.at);
    const stepsSeen = new Set<string>();
    await page.click('#play');
    const playEnd = Date.now() + PLAY_SECONDS * 1000;
    while (Date.now() < playEnd) {
      stepsSeen.add(String(await page.evaluate(() => document.body.dataset.at)));
      await sleep(20);
    }
    await page.click('#play');
    stepsSeen.delete(String(atStart));
    const browserHeapMB = await usedHeapMB(page);
    // The API and the driver are compared with nothing else asking (an open page would prefetch beside them), on the
    // month with the most relationships (the heaviest view of the data).
    await page.close();
    const histogram = (await (await fetch(`${server.baseUrl}/api/histogram`)).json()) as HistogramAnswer;
    const busiest = histogram.buckets.reduce((a, b) => (b.began > a.began ? b : a));
    const { apiMs, driverMs } = await driverView(server.baseUrl, neo, driver, busiest.at, histogram.first!);
    const histogramStarted = performance.now();
    await fetch(`${server.baseUrl}/api/histogram`).then((r) => r.arrayBuffer());
    const result: ScaleResult = {
      relationships,
      generateS,
      prepareS,
      firstDrawnMs,
      stepMs: Math.round(median(cold)),
      prefetchedStepMs: Math.round(median(warm)),
      playStepsPerS: round(stepsSeen.size / PLAY_SECONDS, 1),
      nodeRssMB: server.memory().peakRssMB,
      browserHeapMB,
      apiErrors,
      viewApiMs: apiMs,
      viewDriverMs: driverMs,
      viewRatio: round(apiMs / driverMs, 2),
      histogramApiMs: Math.round(performance.now() - histogramStarted),
      loadAverage: await loadAverage(),
    };
    log(`scale ${relationships.toLocaleString('en')}: ${JSON.stringify(result)}`);
    log(`scale: steps not prefetched ${cold.map(Math.round).join(', ')} ms; prefetched ${warm.map(Math.round).join(', ')} ms`);
    return result;
  } finally {
    await browser.close();
    await server.stop();
    await driver.close();
  }
}

/** Measures every size in `sizes` on `neo` (emptied first; left holding the last network). */
export async function scalePart(neo: BenchNeo4j, log: (line: string) => void, sizes = SCALE_SIZES): Promise<ScaleResult[]> {
  const results: ScaleResult[] = [];
  for (const size of sizes) results.push(await measureSize(neo, size, log));
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { sizes: { type: 'string' } } });
  const sizes = values.sizes ? values.sizes.split(',').map(Number) : SCALE_SIZES;
  const log = (line: string) => console.log(`bench: ${line}`);
  const neo = await startBenchNeo4j(log);
  try {
    console.log(JSON.stringify(await scalePart(neo, log, sizes), null, 2));
  } finally {
    await neo.close();
  }
}
