// Compare on a network shown one server view per step (issue #19): the panel asks the server (GET /api/compare), never
// for the whole timeline, shows the counts the client's own rule gives over the whole network, and draws the changes
// in their styles; stepping back out of Compare draws the step's view again.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diff } from '../../client/src/lib/temporal.js';
import type { Database } from '../../server/db/database.js';
import { testDatabase } from '../_server.js';
import { link } from '../integration/_foreign-scenario-helpers.js';
import { build, emptyEverything, restoreFlagship } from '../integration/_foreign-db.js';
import {
  CHROMIUM,
  HAS_CHROMIUM,
  openExplorer,
  screenshot,
  startExplorerSession,
  type ExplorerSession,
  type HulianWindow,
} from './_browser.js';

if (!HAS_CHROMIUM) console.warn(`e2e: SKIPPED — no Chromium at ${CHROMIUM}.`);

const COMPANIES = 40;
const HOLDINGS = 500;

/** Someone else's ownership network: companies by name, OWNED from one date until another (or still). */
function holdings() {
  const day = (n: number) => new Date(Date.UTC(2019, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  return Array.from({ length: HOLDINGS }, (_, i) => {
    const start = (i * 37) % 1_600;
    return {
      ref: `h${i}`,
      // One holding per ordered pair, so that each is drawn on its own.
      from: `company ${i % COMPANIES}`,
      to: `company ${(i + 1 + Math.floor(i / COMPANIES)) % COMPANIES}`,
      valid_from: day(start),
      valid_to: i % 3 === 0 ? null : day(start + 60 + ((i * 53) % 700)),
    };
  });
}

describe.skipIf(!HAS_CHROMIUM)('Compare on a network shown one server view per step', () => {
  let db: Database;
  let session: ExplorerSession;
  let page: Page;
  const rows = holdings();
  const requested: string[] = [];

  beforeAll(async () => {
    db = testDatabase(30_000);
    await emptyEverything(db);
    await build(db, 'UNWIND range(0, $n - 1) AS i CREATE (:Company {name: "company " + i})', { n: COMPANIES });
    await build(
      db,
      link(
        ['Company', 'name'],
        ['Company', 'name'],
        'OWNED',
        'r.ref = row.ref, r.valid_from = date(row.valid_from), r.valid_to = date(row.valid_to)',
      ),
      {
        rows,
      },
    );
    session = await startExplorerSession({ WHOLE_TIMELINE_MAX: '100' });
    page = session.page;
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  }, 300_000);
  afterAll(async () => {
    await session?.close();
    await restoreFlagship(db);
    await db.close();
  }, 180_000);

  /** How many relationships the graph shows in the style `status`. */
  const shownAs = (status: string) =>
    page.evaluate((s) => (window as unknown as HulianWindow).__hulian.shown().edges.filter((e) => e.shownAs === s).length, status);
  const count = (kind: string) => page.textContent(`#compare-results [data-count="${kind}"]`);

  it('when two dates are compared, then the counts are those of the whole network and the changes are drawn', async () => {
    await openExplorer(page, session.server.baseUrl, 'tab=compare&lang=en');
    const [from, to] = ['2020-12-31', '2022-12-31'];
    await page.selectOption('#compare-from', from);
    await page.selectOption('#compare-to', to);
    await page.click('#compare-run');
    const edges = rows.map((r) => ({ id: r.ref, source: r.from, target: r.to, type: 'OWNED', since: r.valid_from, until: r.valid_to }));
    const expected = diff(edges, from, to, { mode: 'asof', precision: 'month', windowYears: 1 });
    await expect.poll(() => count('added'), { timeout: 20_000 }).toBe(String(expected.added.length));
    expect(await count('ended')).toBe(String(expected.ended.length));
    expect(await count('persisted')).toBe(String(expected.persisted.length));
    expect(expected.added.length * expected.ended.length * expected.persisted.length).toBeGreaterThan(0);
    expect(requested).toContain('/api/compare');
    expect(requested).not.toContain('/api/timeline');
    // Drawn by Cytoscape or painted, each change in its own style.
    expect(await shownAs('cmp-added')).toBe(expected.added.length);
    expect(await shownAs('cmp-ended')).toBe(expected.ended.length);
    expect(await shownAs('cmp-persisted')).toBe(expected.persisted.length);
    await screenshot(page, 'views-compare-01');
  });

  it('when Compare is cleared, then the view of the date is drawn again', async () => {
    await page.click('#compare-clear');
    await expect.poll(() => shownAs('cmp-added')).toBe(0);
    expect((await page.evaluate(() => (window as unknown as HulianWindow).__hulian.shown())).edges.length).toBeGreaterThan(0);
    expect(await page.locator('.view-notice').isVisible()).toBe(true);
  });
});
