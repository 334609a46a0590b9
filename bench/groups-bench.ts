// Issue 22's two timed acceptances on the bitcoin-otc-like network of the e2e tests (test/e2e/_bitcoin-like.ts, 35,592
// ratings): the change log's summary of the busiest year (13,000 ratings), and the group view opening its largest group,
// against a bare-Cytoscape floor (bench/groups-page.ts). Medians of N rounds with the load average; writes
// bench/groups.json. Usage: npm run bench:groups [-- rounds]   (run it alone: `flock /tmp/hulian-bench.lock …`)
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeBitcoinLike } from '../test/e2e/_bitcoin-like.js';
import { startBenchNeo4j } from './bench-neo4j.js';
import { startBenchServer } from './bench-server.js';
import { launchBenchBrowser } from './browser.js';
import { groupsShown, lastSummaryMs, measureOpening, summaryOnStep, type OpenSample } from './groups-page.js';
import { importWithCli } from './import-cli.js';
import { loadAverage } from './large-bench.js';
import { median } from './stats.js';

const rounds = Number(process.argv[2] ?? 7);
const log = (line: string) => console.log(`groups-bench: ${line}`);
const medians = (samples: OpenSample[]) => ({
  syncMs: median(samples.map((s) => s.syncMs)),
  paintedMs: median(samples.map((s) => s.paintedMs)),
  cpuMs: median(samples.map((s) => s.cpuMs)),
});

/** Imports the bitcoin-like ratings through the importer CLI, as the e2e test does. */
async function importBitcoinLike(neo: Awaited<ReturnType<typeof startBenchNeo4j>>): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'hulian-bench-groups-'));
  try {
    const csv = join(folder, 'bitcoin-like.csv');
    writeBitcoinLike(csv);
    const mapping = ['--no-header', '--columns', 'source,target,rating,unix_time', '--type', 'RATES', '--since-col', 'unix_time'];
    const options = ['--since-format', 'unix', '--props', 'rating', '--source-title', 'Bitcoin-like ratings', '--no-progress'];
    const { ms } = await importWithCli(neo.target, csv, ['--replace', ...mapping, ...options]);
    log(`imported the bitcoin-like network in ${(ms / 1000).toFixed(1)} s`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
const neo = await startBenchNeo4j(log);
try {
  await importBitcoinLike(neo);
  const server = await startBenchServer(neo.target);
  const browser = await launchBenchBrowser();
  try {
    await (await fetch(`${server.baseUrl}/api/timeline`)).arrayBuffer();
    const page = await browser.context.newPage();
    const loadBefore = loadAverage();
    await page.goto(`${server.baseUrl}/#at=2013-12-31&lang=en`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 180_000 });
    const summaryOnOpenMs = await lastSummaryMs(page);
    const steps = [];
    for (let i = 0; i < rounds; i++) steps.push(await summaryOnStep(page));
    await page.click('#group-view-toggle');
    const groups = await groupsShown(page);
    const largest = groups[0]!;
    const { open, floor } = await measureOpening(page, largest.id, rounds);
    const result = {
      date: new Date().toISOString(),
      chromium: browser.version,
      rounds,
      loadAverage: Math.round(((loadBefore + loadAverage()) / 2) * 100) / 100,
      changeLog: {
        summaryOnOpenMs,
        summaryOnStepMs: median(steps.map((s) => s.renderMs)),
        stepToSummaryPaintedMs: median(steps.map((s) => s.stepToPaintedMs)),
      },
      groupView: { groupNodes: groups.length, openedGroupMembers: largest.active, open: medians(open), floor: medians(floor) },
      samples: { steps, open, floor },
    };
    writeFileSync(resolve(import.meta.dirname, 'groups.json'), `${JSON.stringify(result, null, 2)}\n`);
    log(`load average ${result.loadAverage} (1 min, mean of before and after)`);
    log(`change log (13,000-event window): summary ${summaryOnOpenMs} ms on opening, ${result.changeLog.summaryOnStepMs} ms on a step`);
    log(`group view: ${groups.length} groups; opening the largest (${largest.active} members): ${JSON.stringify(result.groupView.open)}`);
    log(`floor (a bare Cytoscape adding the same members and edges): ${JSON.stringify(result.groupView.floor)}`);
  } finally {
    await browser.close();
    await server.stop();
  }
} finally {
  await neo.close();
}
