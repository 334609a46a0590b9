// A network above the whole-timeline limit, end to end (issue #19): the page asks for the histogram, never for the whole
// timeline, draws the server's view of each step, says how much of it is drawn, keeps `body[data-at]` on the previous
// date until the next view is on screen, and shows a loading line (never an error) while a view comes.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodStart } from '../../client/src/lib/temporal.js';
import type { ViewState } from '../../client/src/lib/view-state.js';
import type { Database } from '../../server/db/database.js';
import { getJson, testDatabase } from '../_server.js';
import { build, emptyEverything, restoreFlagship } from '../integration/_foreign-db.js';
import {
  CHROMIUM,
  HAS_CHROMIUM,
  inForceOnPage,
  openExplorer,
  screenshot,
  startExplorerSession,
  stateOnPage,
  type ExplorerSession,
} from './_browser.js';

if (!HAS_CHROMIUM) console.warn(`e2e: SKIPPED — no Chromium at ${CHROMIUM}.`);

const PEOPLE = 60;
const MESSAGES = 900;

/** Someone else's message network: people by name, SENT with a DateTime over 2023, busier mid-year. */
async function buildMessages(db: Database): Promise<void> {
  await build(db, 'UNWIND range(0, $n - 1) AS i CREATE (:Person {name: "person " + i})', { n: PEOPLE });
  const day = Date.UTC(2023, 0, 1);
  const rows = Array.from({ length: MESSAGES }, (_, i) => ({
    from: `person ${(i * 7) % PEOPLE}`,
    to: `person ${(i * 13 + 1) % PEOPLE}`,
    at: day + Math.floor(((i % 365) + Math.sin(i) * 40 + 40) % 365) * 86_400_000,
  }));
  await build(
    db,
    'UNWIND $rows AS row MATCH (a:Person {name: row.from}), (b:Person {name: row.to}) CREATE (a)-[:SENT {at: datetime({epochMillis: toInteger(row.at)})}]->(b)',
    { rows },
  );
}

describe.skipIf(!HAS_CHROMIUM)('the explorer on a network shown one server view per step', () => {
  let db: Database;
  let session: ExplorerSession;
  let page: Page;
  const requested: string[] = [];

  beforeAll(async () => {
    db = testDatabase(30_000);
    await emptyEverything(db);
    await buildMessages(db);
    session = await startExplorerSession({ WHOLE_TIMELINE_MAX: '100' });
    page = session.page;
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  }, 300_000);
  afterAll(async () => {
    await session?.close();
    await restoreFlagship(db);
    await db.close();
  }, 180_000);

  /** The server's view for the page's current state, asked as the page asks for it. */
  const apiView = async () => {
    const state = (await stateOnPage(page)) as unknown as ViewState & { at: string };
    const query = `at=${state.at}&after=${periodStart(state.at, state)}&mode=${state.mode}&budget=2000`;
    return (await getJson(session.server.baseUrl, `/api/view?${query}`)).body as {
      edges: { id: string }[];
      counts: { relationships: number };
    };
  };

  it('should open from the histogram, never fetch the whole timeline, and draw the view of its date', async () => {
    await openExplorer(page, session.server.baseUrl);
    expect(requested).toContain('/api/histogram');
    expect(requested).toContain('/api/view');
    expect(requested).not.toContain('/api/timeline');
    const view = await apiView();
    expect(await inForceOnPage(page)).toEqual(view.edges.map((e) => e.id).sort());
    const notice = await page.locator('.view-notice').innerText();
    expect(notice).toContain(String(view.counts.relationships));
    await screenshot(page, 'views-mode-open');
  });

  it('should move body[data-at] only once the next view is drawn, showing a loading line meanwhile', async () => {
    const before = (await stateOnPage(page)).at;
    await page.route('**/api/view?**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      await route.continue();
    });
    // The first step: far from the one shown, so neither kept nor fetched ahead.
    await page.evaluate(() => {
      const slider = document.getElementById('date-slider') as HTMLInputElement;
      slider.value = '0';
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.body.dataset.at)).toBe(before);
    expect(await page.locator('.view-notice').innerText()).toMatch(/Loading/);
    expect(await page.locator('.status-error').count()).toBe(0);
    await page.waitForFunction((b) => document.body.dataset.at !== b, before, { timeout: 30_000 });
    await page.unroute('**/api/view?**');
    const view = await apiView();
    expect(await inForceOnPage(page)).toEqual(view.edges.map((e) => e.id).sort());
    expect(session.pageErrors).toEqual([]);
  });

  it('should land on the last of several quick steps, each superseded view cancelled', async () => {
    const start = (await stateOnPage(page)).at;
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction((b) => document.body.dataset.at !== b, start, { timeout: 30_000 });
    await page.waitForTimeout(1_000);
    const { at } = await stateOnPage(page);
    expect(await page.evaluate(() => document.body.dataset.at)).toBe(at);
    const view = await apiView();
    expect(await inForceOnPage(page)).toEqual(view.edges.map((e) => e.id).sort());
  });
});
