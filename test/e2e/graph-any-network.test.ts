// The graph on a network that is not the flagship, in headless Chromium: a generated, imported edge list in its own
// Neo4j (so no flagship data is present). The legend lists the data's own groups; above a small ?budget= the graph
// draws part of the network and says so, "show all" draws everything, and the shown relationships stay complete.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { loadConfig } from '../../server/config/config.js';
import { Database } from '../../server/db/database.js';
import { QueryRegistry } from '../../server/db/query-registry.js';
import { REQUIRED_QUERIES } from '../../server/db/required-queries.js';
import { applySchema } from '../../server/db/schema.js';
import type { Neo4jTarget } from '../../server/db/resolve.js';
import { writeEdgeList } from '../fixtures/edge-list-generator.js';
import { runCli } from '../fixtures/import-helpers.js';
import { neo4jForTests } from '../_neo4j-for-tests.js';
import { getJson } from '../_server.js';
import { buildClient, HAS_CHROMIUM, inForceOnPage, launchBrowser, screenshot, stateOnPage } from './_browser.js';

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
  const dir = mkdtempSync(join(tmpdir(), 'hulian-any-network-'));
  let neo4j: Neo4jTarget;
  let db: Database;
  let close: () => Promise<void>;
  let baseUrl: string;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    buildClient();
    neo4j = await neo4jForTests();
    db = Database.connect(neo4j, QueryRegistry.load(REQUIRED_QUERIES), 60_000);
    await applySchema(db);
    const csv = join(dir, 'generated-ratings.csv');
    writeEdgeList(csv, ROWS, NODES, 20261202);
    const mapping = ['--no-header', '--columns', 'source,target,rating,unix_time', '--type', 'RATES', '--since-col', 'unix_time'];
    const run = await runCli('import.ts', [csv, ...mapping, '--since-format', 'unix', '--props', 'rating', '--no-progress'], neo4j);
    expect(run.code, run.stderr).toBe(0);
    const config = loadConfig({ NODE_ENV: 'test', QUERY_TIMEOUT_MS: '30000' });
    const server = createApp({ db, config }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    close = async () => {
      await browser.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    };
  }, 300_000);
  afterAll(async () => {
    await close?.();
    await db?.close();
    await neo4j?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const open = async (search: string) => {
    await page.goto('about:blank');
    await page.goto(`${baseUrl}/${search}#mode=asof`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  };

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
