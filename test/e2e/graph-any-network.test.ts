// The graph on a network that is not the flagship, in headless Chromium: a generated, imported edge list in its own
// Neo4j (so no flagship data is present). The legend lists the data's own groups; above a small ?budget= the graph
// draws part of the network and says so, "show all" draws everything, and the shown relationships stay complete.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson } from '../_server.js';
import { HAS_CHROMIUM, inForceOnPage, screenshot, stateOnPage } from './_browser.js';
import { startRatingsExplorer, type RatingsExplorer } from './_generated-ratings.js';

const ROWS = 1_500;
const NODES = 300;
const BUDGET = 200;
/** Names only the flagship's groups carry; none may appear in this network's legend. */
const FLAGSHIP_NAMES = ['Alibaba', 'Tencent', 'ByteDance', '阿里', '腾讯'];

/** Drawn (not hidden, not culled) dated relationships on the page. */
const drawnEdgeCount = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { __hulian: { cy: { edges(s: string): { not(s: string): { length: number } } } } }).__hulian.cy
        .edges(':visible')
        .not('.ownership').length,
  );

describe.skipIf(!HAS_CHROMIUM)('the graph on a generated non-flagship network', () => {
  let explorer: RatingsExplorer;
  let baseUrl: string;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    explorer = await startRatingsExplorer(ROWS, NODES, 20261202);
    ({ baseUrl, page, pageErrors } = explorer);
  }, 300_000);
  afterAll(async () => {
    await explorer?.close();
  });

  const open = (search: string) => explorer.open(search, 'mode=asof');

  it("should list the data's own groups in the legend, in the server's colours, and no flagship camp", async () => {
    await open('');
    const { grouping } = (await getJson(baseUrl, '/api/timeline')).body as { grouping: { groups: { id: string; color: string }[] } };
    const listed = await page.$$eval('#legend-groups [data-filter^="hiddenGroups:"]', (buttons) =>
      buttons.map((b) => ({
        id: b.getAttribute('data-filter')!.slice('hiddenGroups:'.length),
        colour: (b.querySelector('.dot') as HTMLElement).style.background,
      })),
    );
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    expect(listed.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      grouping.groups.map((g) => ({ id: g.id, colour: rgb(g.color) })).sort((a, b) => a.id.localeCompare(b.id)),
    );
    const legendText = await page.locator('#legend').innerText();
    for (const name of FLAGSHIP_NAMES) expect(legendText).not.toContain(name);
    // No node here has an owner, so the legend offers no ownership line (the flagship's does: chinese-interface).
    expect(await page.locator('#legend [data-filter="hiddenTypes:OWNS"]').count()).toBe(0);
    expect(await page.locator('#legend [data-filter="hiddenTypes:RATES"]').count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });

  it('when the view shows more than ?budget= relationships, then a notice says how many of how many are drawn', async () => {
    await open(`?budget=${BUDGET}`);
    const { at } = await stateOnPage(page);
    const inForce = ((await getJson(baseUrl, `/api/graph?at=${at}`)).body.edges as unknown[]).length;
    expect(inForce).toBeGreaterThan(BUDGET);
    const notice = page.locator('#lod-notice');
    await notice.waitFor({ state: 'visible' });
    const drawn = await drawnEdgeCount(page);
    expect(drawn).toBeLessThanOrEqual(BUDGET);
    expect(drawn).toBeGreaterThan(0);
    expect(await notice.getAttribute('data-drawn')).toBe(String(drawn));
    expect(await notice.getAttribute('data-shown')).toBe(String(inForce));
    expect(await notice.innerText()).toContain(`Showing ${drawn.toLocaleString('en')} of ${inForce.toLocaleString('en')} relationships`);
    // What the view shows (exports, tests) still counts every relationship in force, drawn or not.
    expect((await inForceOnPage(page)).length).toBe(inForce);
    await screenshot(page, 'any-network-budget');
  });

  it('when "show all" is pressed, then every relationship in force is drawn and the notice goes', async () => {
    await open(`?budget=${BUDGET}`);
    await page.locator('#lod-notice').waitFor({ state: 'visible' });
    await page.click('#lod-all');
    await page.locator('#lod-notice').waitFor({ state: 'hidden' });
    const { at } = await stateOnPage(page);
    const inForce = ((await getJson(baseUrl, `/api/graph?at=${at}`)).body.edges as unknown[]).length;
    expect(await drawnEdgeCount(page)).toBe(inForce);
    await screenshot(page, 'any-network-all');
    expect(pageErrors).toEqual([]);
  });
});
