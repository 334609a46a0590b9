// Bring your own Neo4j, end to end (issue #14): the explorer opens on a foreign database with no configuration, draws
// it through the discovered lens (every node, the legend free of flagship groups) and steps through time. The run's one
// Neo4j is emptied for this file and the flagship is put back afterwards.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.js';
import { getJson, testDatabase } from '../_server.js';
import { emptyEverything, restoreFlagship } from '../integration/_foreign-db.js';
import { SCENARIOS } from '../integration/_foreign-scenarios.js';
import {
  CHROMIUM,
  HAS_CHROMIUM,
  inForceOnPage,
  openExplorer,
  screenshot,
  startExplorerSession,
  stateOnPage,
  type ExplorerSession,
  type HulianWindow,
} from './_browser.js';

if (!HAS_CHROMIUM) console.warn(`e2e: SKIPPED — no Chromium at ${CHROMIUM}.`);

/** Names only the flagship's groups carry; none may appear on a foreign database's page. */
const FLAGSHIP_NAMES = ['Alibaba', 'Tencent', 'ByteDance', '阿里', '腾讯'];
const SCENARIO = SCENARIOS.find((s) => s.name.includes('epoch-millisecond'))!;

describe.skipIf(!HAS_CHROMIUM)(`the explorer on a foreign database (${SCENARIO.name})`, () => {
  let db: Database;
  let session: ExplorerSession;
  let page: Page;
  let expectedNodes: string[];

  beforeAll(async () => {
    db = testDatabase(30_000);
    await emptyEverything(db);
    expectedNodes = (await SCENARIO.build(db)).nodes;
    session = await startExplorerSession();
    page = session.page;
  }, 300_000);
  afterAll(async () => {
    await session?.close();
    await restoreFlagship(db);
    await db.close();
  }, 180_000);

  const apiEdgeIds = async (at: string) =>
    ((await getJson(session.server.baseUrl, `/api/graph?at=${at}`)).body.edges as { id: string }[]).map((e) => e.id).sort();

  it('should open with no configuration and draw every node of the database, under its own title, legend and lens panel', async () => {
    await openExplorer(page, session.server.baseUrl);
    const { body: ready } = await getJson(session.server.baseUrl, '/api/ready');
    expect(ready.mode).toBe('foreign');
    expect(await page.evaluate(() => (window as unknown as HulianWindow).__hulian.cy.nodes().length)).toBe(expectedNodes.length);
    const { at } = await stateOnPage(page);
    expect(await inForceOnPage(page)).toEqual(await apiEdgeIds(at));
    const pageText = await page.locator('body').innerText();
    for (const name of FLAGSHIP_NAMES) expect(pageText).not.toContain(name);
    expect(pageText).toContain(db.database);
    const panel = page.locator('#lens-panel');
    await panel.locator('summary').click();
    const panelText = await panel.innerText();
    for (const type of ready.lens.relationshipTypes as string[]) expect(panelText).toContain(type);
    for (const statement of ready.lens.suggestedIndexes as string[]) expect(panelText).toContain(statement);
    await screenshot(page, 'foreign-database-opened');
    expect(session.pageErrors).toEqual([]);
  });

  it('should step through time from the first day to the last, drawing what /api/graph holds at each step', async () => {
    await openExplorer(page, session.server.baseUrl);
    await page.locator('#date-slider').focus();
    await page.keyboard.press('Home');
    const seen = new Set<string>();
    for (let step = 0; step < 4; step++) {
      const { at } = await stateOnPage(page);
      const drawn = await inForceOnPage(page);
      expect(drawn).toEqual(await apiEdgeIds(at));
      seen.add(drawn.join());
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('End');
    const { at: last } = await stateOnPage(page);
    const drawnLast = await inForceOnPage(page);
    expect(drawnLast).toEqual(await apiEdgeIds(last));
    seen.add(drawnLast.join());
    expect(seen.size).toBeGreaterThan(1);
    expect(session.pageErrors).toEqual([]);
  });
});
