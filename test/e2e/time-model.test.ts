// Time that fits the data, in real headless Chromium: a generated network of ratings over six months (events: a start,
// no end) opens on a moving window stepped by week and says why; then, with the bundled data loaded back, the flagship
// still opens "as of" by year. This file empties the run's Neo4j for the events and reloads the bundled data after.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeEdgeList, type GeneratedEdgeList } from '../fixtures/edge-list-generator.js';
import { runCli } from '../fixtures/import-helpers.js';
import { getJson, testDatabase } from '../_server.js';
import {
  HAS_CHROMIUM,
  inForceOnPage,
  openExplorer,
  screenshot,
  startExplorerSession,
  stateOnPage,
  type ExplorerSession,
} from './_browser.js';

const neo4j = inject('neo4j');
const dir = mkdtempSync(join(tmpdir(), 'hulian-time-model-'));
const csv = join(dir, 'ratings.csv');
const SPAN = { firstDay: '2021-01-04', lastDay: '2021-06-30' };
const mapping = ['--no-header', '--columns', 'source,target,rating,unix_time', '--type', 'RATES', '--since-col', 'unix_time'];
const importArgs = [csv, ...mapping, '--since-format', 'unix', '--props', 'rating', '--id-prefix', 'tm-', '--source-id', 'tm-ratings'];

/** The Sunday ending the ISO week of `day`, by the calendar. */
const weekEnd = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + ((7 - date.getUTCDay()) % 7));
  return date.toISOString().slice(0, 10);
};
const daysBefore = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/** The page's time settings (the state hook's type names only the fields most tests read). */
interface TimeState {
  at: string;
  mode: string;
  precision: string;
  windowYears: number;
}
const timeState = async (page: Page) => (await stateOnPage(page)) as unknown as TimeState;

interface Rated {
  id: string;
  since: string;
}
/** The relationships /api/timeline sends, with their start days. */
async function timelineEdges(baseUrl: string): Promise<Rated[]> {
  const { fields, rows } = (await getJson(baseUrl, '/api/timeline')).body.edges as { fields: string[]; rows: unknown[][] };
  const [id, since] = [fields.indexOf('id'), fields.indexOf('since')];
  return rows.map((row) => ({ id: String(row[id]), since: String(row[since]).slice(0, 10) }));
}

async function emptyDatabase(): Promise<void> {
  const db = testDatabase(120_000);
  try {
    await db.withSession('WRITE', (s) => s.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS'));
  } finally {
    await db.close();
  }
}

describe.skipIf(!HAS_CHROMIUM)('time that fits the data in headless Chromium', () => {
  let session: ExplorerSession;
  let page: Page;
  let baseUrl: string;
  let generated: GeneratedEdgeList;
  let bundledLoaded = false;
  const loadBundled = async () => {
    const reset = await runCli('seed.ts', ['--reset'], neo4j);
    expect(reset.code, reset.stderr).toBe(0);
    bundledLoaded = true;
  };

  beforeAll(async () => {
    generated = writeEdgeList(csv, 300, 60, 1306, SPAN);
    await emptyDatabase();
    const run = await runCli('import.ts', importArgs, neo4j);
    expect(run.code, run.stderr).toBe(0);
    session = await startExplorerSession();
    ({ page } = session);
    baseUrl = session.server.baseUrl;
  }, 300_000);
  afterAll(async () => {
    await session?.close();
    if (!bundledLoaded) await loadBundled();
    rmSync(dir, { recursive: true, force: true });
  }, 300_000);

  describe('a network of events spanning six months', () => {
    it('when opened, then it shows a moving window stepped by week, on the latest week worth seeing, and says why', async () => {
      await openExplorer(page, baseUrl);
      const state = await timeState(page);
      expect(state).toMatchObject({ mode: 'window', precision: 'week' });
      expect(state.at).toBe(weekEnd(state.at));
      // The opening rule (issue 22): the latest window whose activity is at least the median of the non-empty windows.
      const starts = (await timelineEdges(baseUrl)).map((e) => e.since);
      const activity = (end: string) => starts.filter((d) => d > daysBefore(end, 7 * state.windowYears) && d <= end).length;
      const ends: string[] = [];
      for (let end = weekEnd(generated.firstDay); end <= weekEnd(generated.lastDay); end = daysBefore(end, -7)) ends.push(end);
      const counts = ends
        .map(activity)
        .filter((n) => n > 0)
        .sort((a, b) => a - b);
      const median = counts[Math.floor((counts.length - 1) / 2)]!;
      expect(activity(state.at)).toBeGreaterThanOrEqual(median);
      for (const later of ends.filter((end) => end > state.at)) expect(activity(later), later).toBeLessThan(median);
      const note = page.locator('#events-note');
      await note.waitFor({ state: 'visible' });
      const noteText = await note.textContent();
      expect(noteText).toContain('events with no end');
      expect(noteText).toContain(state.windowYears === 1 ? 'a week' : `${state.windowYears} weeks`);
      expect(await page.inputValue('#precision')).toBe('week');
      await screenshot(page, 'time-01-events-window');
    });

    it('when the interface is in Chinese, then the note says why in Chinese and offers the as-of view', async () => {
      await openExplorer(page, baseUrl, 'lang=zh');
      const { windowYears } = await timeState(page);
      const note = page.locator('#events-note');
      await note.waitFor({ state: 'visible' });
      expect(await note.textContent()).toContain(`没有结束日期的事件`);
      expect(await note.textContent()).toContain(`${windowYears} 周`);
      expect(await page.textContent('#events-as-of')).toContain('截至');
      await page.click('[data-lang="en"]');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
    });

    it('when ← is pressed, then the window moves back one week and the graph shows exactly the events in it', async () => {
      await openExplorer(page, baseUrl);
      const { at, windowYears } = await timeState(page);
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('ArrowLeft');
      const moved = (await timeState(page)).at;
      expect(moved).toBe(daysBefore(at, 7));
      const from = daysBefore(moved, 7 * windowYears);
      const expected = (await timelineEdges(baseUrl))
        .filter((e) => e.since > from && e.since <= moved)
        .map((e) => e.id)
        .sort();
      expect(expected.length).toBeGreaterThan(0);
      expect(await inForceOnPage(page)).toEqual(expected);
    });

    it('when Play is pressed from the first week, then the window steps forward week by week', async () => {
      await openExplorer(page, baseUrl, `at=${weekEnd(generated.firstDay)}`);
      await page.selectOption('#speed', { label: '4×' });
      await page.click('#play');
      const twoWeeksOn = daysBefore(weekEnd(generated.firstDay), -14);
      await page.waitForFunction(
        (day) => (window as unknown as { __hulian: { state(): { at: string } } }).__hulian.state().at >= day,
        twoWeeksOn,
      );
      await page.click('#play');
      const { at, precision } = await timeState(page);
      expect(precision).toBe('week');
      expect(at).toBe(weekEnd(at));
    });

    it('when two weeks are compared, then Ended counts the pairs rated in the earlier window and not in the later one', async () => {
      await openExplorer(page, baseUrl, 'tab=compare');
      const { windowYears, at: last } = await timeState(page);
      const earlier = daysBefore(last, 7 * windowYears);
      await page.selectOption('#compare-from', earlier);
      await page.selectOption('#compare-to', last);
      await page.click('#compare-run');
      const { fields, rows } = (await getJson(baseUrl, '/api/timeline')).body.edges as { fields: string[]; rows: unknown[][] };
      const col = (name: string) => fields.indexOf(name);
      const pairsIn = (upTo: string) =>
        new Set(
          rows
            .filter((r) => String(r[col('since')]).slice(0, 10) > daysBefore(upTo, 7 * windowYears))
            .filter((r) => String(r[col('since')]).slice(0, 10) <= upTo)
            .map((r) => `${r[col('source')]}>${r[col('type')]}>${r[col('target')]}`),
        );
      const [before, after] = [pairsIn(earlier), pairsIn(last)];
      const ended = [...before].filter((p) => !after.has(p)).length;
      expect(ended).toBeGreaterThan(0);
      expect(await page.textContent('#compare-results [data-count="ended"]')).toBe(String(ended));
      expect(await page.textContent('#compare-help')).toContain('earlier window');
      await screenshot(page, 'time-02-events-compare');
    });

    it('when a link naming only a tab is pasted into the open page, then the data still picks the window and the unit', async () => {
      await openExplorer(page, baseUrl);
      const opened = await timeState(page);
      await page.evaluate(() => {
        window.location.hash = 'tab=compare';
      });
      await page.waitForFunction(
        () => (window as unknown as { __hulian: { state(): { tab: string } } }).__hulian.state().tab === 'compare',
      );
      expect(await timeState(page)).toMatchObject({ mode: 'window', precision: 'week', windowYears: opened.windowYears, at: opened.at });
    });

    it('when "Show as of instead" is clicked, then the view is as of and the note goes away', async () => {
      await openExplorer(page, baseUrl);
      await page.click('#events-as-of');
      expect((await timeState(page)).mode).toBe('asof');
      expect(await page.locator('#events-note').isHidden()).toBe(true);
    });
  });

  describe('the bundled flagship', () => {
    beforeAll(loadBundled, 300_000);

    it('when opened, then it shows the network as of the end of the last year, stepped by year, with no events note', async () => {
      const range = (await getJson(baseUrl, '/api/timeline')).body.range as { from: number; to: number };
      await openExplorer(page, baseUrl);
      expect(await timeState(page)).toMatchObject({ mode: 'asof', precision: 'year', at: `${range.to}-12-31` });
      expect(await page.locator('#events-note').isHidden()).toBe(true);
    });
  });
});
