// The flagship (bundled) network in the explorer, so a change for large networks can be seen not to slow the small one:
// navigation to the first drawn graph (median of three loads) and one step to the painted frame (median of ten).
import type { BrowserContext } from 'playwright-core';
import { readDatasetDir } from '../server/import/bundled.js';
import { loadDataset } from '../server/import/load.js';
import type { BenchNeo4j } from './bench-neo4j.js';
import { startBenchServer } from './bench-server.js';
import { stepTimes } from './large-bench.js';
import { installPageTiming } from './page-timing.js';
import { median, round } from './stats.js';

export interface FlagshipResult {
  firstRenderMs: number;
  stepMs: number;
  elements: number;
}

const LOADS = 3;
const FIRST_PAINT = 'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now()))))';

/** Opens the explorer `LOADS` times on a warmed server; steps on the last page. */
export async function benchFlagshipPage(context: BrowserContext, baseUrl: string): Promise<FlagshipResult> {
  await (await fetch(`${baseUrl}/api/timeline`)).arrayBuffer();
  const firsts: number[] = [];
  let stepMs = Number.NaN;
  let elements = 0;
  for (let i = 0; i < LOADS; i++) {
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}/`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
      firsts.push((await page.evaluate(FIRST_PAINT)) as number);
      if (i === LOADS - 1) {
        elements = (await page.evaluate('window.__hulian.cy.elements(":visible").length')) as number;
        await installPageTiming(page);
        stepMs = median(await stepTimes(page));
      }
    } finally {
      await page.close();
    }
  }
  return { firstRenderMs: round(median(firsts)), stepMs: round(stepMs), elements };
}

/** Loads the bundled dataset into `neo` (replacing what is there), starts a server and measures the explorer. */
export async function benchFlagship(neo: BenchNeo4j, context: BrowserContext): Promise<FlagshipResult> {
  await loadDataset(neo.db, readDatasetDir(), { replace: true });
  const server = await startBenchServer(neo.target);
  try {
    return await benchFlagshipPage(context, server.baseUrl);
  } finally {
    await server.stop();
  }
}
