// The explorer end to end: the built client in real headless Chromium against the real server and the
// run's real Neo4j. Expectations come from the API and data/*.json, never from the client's own code.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GifReader } from 'omggif';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson } from '../_server.js';
import {
  HAS_CHROMIUM,
  inForceOnPage,
  openExplorer,
  ROOT,
  screenshot,
  startExplorerSession,
  stateOnPage,
  type ExplorerSession,
  type HulianWindow,
  CHROMIUM,
} from './_browser.js';

if (!HAS_CHROMIUM)
  console.warn(`e2e: SKIPPED — no Chromium at ${CHROMIUM}. Install Debian's package (apt-get install chromium) to run the browser tests.`);

const nodesJson = JSON.parse(readFileSync(join(ROOT, 'data', 'nodes.json'), 'utf8')) as {
  id: string;
  name: string;
  nameZh: string;
  aliases: string[];
}[];
const apiEdgeIds = async (baseUrl: string, at: string) =>
  ((await getJson(baseUrl, `/api/graph?at=${at}`)).body.edges as { id: string }[]).map((e) => e.id).sort();

describe.skipIf(!HAS_CHROMIUM)('explorer in headless Chromium', () => {
  let session: ExplorerSession;
  let server: ExplorerSession['server'];
  let page: Page;
  let range: { from: number; to: number };
  let pageErrors: string[] = [];

  beforeAll(async () => {
    session = await startExplorerSession();
    ({ server, page, pageErrors } = session);
    range = (await getJson(server.baseUrl, '/api/timeline')).body.range;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('should load the page with the whole network drawn for the last data year', async () => {
    const ms = await openExplorer(page, server.baseUrl);
    const firstDrawInPage = await page.evaluate(() => (window as unknown as HulianWindow).__hulian.firstDrawMs);
    console.log(`e2e timing: navigation → first drawn graph ${ms} ms (in-page performance.now at first draw: ${firstDrawInPage} ms)`);
    const timeline = (await getJson(server.baseUrl, '/api/timeline')).body;
    expect(await page.evaluate(() => (window as unknown as HulianWindow).__hulian.cy.nodes().length)).toBe(timeline.nodes.length);
    expect(await inForceOnPage(page)).toEqual(await apiEdgeIds(server.baseUrl, `${range.to}-12-31`));
    await page.waitForTimeout(500);
    const shot = await screenshot(page, '01-explorer-latest-year');
    // The README's screenshot is refreshed only on request, so a test run never changes tracked files.
    if (process.env.UPDATE_README_SCREENSHOT === '1') copyFileSync(shot, join(ROOT, 'docs', 'screenshot.png'));
    expect(pageErrors).toEqual([]);
  });

  it('when the slider moves from 2012 to 2024, then the relationships drawn match /api/graph at both dates', async () => {
    await openExplorer(page, server.baseUrl);
    const slider = page.locator('#date-slider');
    await slider.focus();
    await page.keyboard.press('Home');
    for (let year = range.from; year < 2012; year++) await page.keyboard.press('ArrowRight');
    expect((await stateOnPage(page)).at).toBe('2012-12-31');
    const at2012 = await inForceOnPage(page);
    expect(at2012).toEqual(await apiEdgeIds(server.baseUrl, '2012-12-31'));
    await screenshot(page, '02-as-of-2012');
    await page.keyboard.press('End');
    expect((await stateOnPage(page)).at).toBe(`${range.to}-12-31`);
    const at2024 = await inForceOnPage(page);
    expect(at2024).toEqual(await apiEdgeIds(server.baseUrl, '2024-12-31'));
    expect(at2024).not.toEqual(at2012);
  });

  it('should step one year per ←/→ key press and report how long a step takes', async () => {
    await openExplorer(page, server.baseUrl, 'at=2020-12-31');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    const stepMs = await page.evaluate(async () => {
      const started = performance.now();
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return Math.round(performance.now() - started);
    });
    console.log(`e2e timing: one year step (state → classes toggled → two animation frames) ${stepMs} ms`);
    expect((await stateOnPage(page)).at).toBe('2021-12-31');
    expect(await inForceOnPage(page)).toEqual(await apiEdgeIds(server.baseUrl, '2021-12-31'));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect((await stateOnPage(page)).at).toBe('2019-12-31');
  });

  it('when Play is pressed, then the year advances until paused', async () => {
    await openExplorer(page, server.baseUrl, 'at=2010-12-31');
    await page.selectOption('#speed', { label: '4×' });
    await page.click('#play');
    await page.waitForFunction(() => (window as unknown as HulianWindow).__hulian.state().at >= '2012-12-31', undefined, {
      timeout: 10_000,
    });
    await page.click('#play');
    const paused = (await stateOnPage(page)).at;
    expect(paused > '2010-12-31').toBe(true);
    await page.waitForTimeout(600);
    expect((await stateOnPage(page)).at).toBe(paused);
    expect(await page.getAttribute('#play', 'aria-pressed')).toBe('false');
  });

  it('when a Chinese name or an alias is searched, then the matching node gets the focus and its details open', async () => {
    const taobao = nodesJson.find((n) => n.nameZh === '淘宝')!;
    await openExplorer(page, server.baseUrl);
    await page.fill('#search', taobao.nameZh);
    await page.waitForSelector('.search-box [role=option]');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => (window as unknown as HulianWindow).__hulian.cy.getElementById(id).selected(), taobao.id);
    expect((await stateOnPage(page)).selection).toBe(taobao.id);
    await page.waitForSelector(`#details-body .node-name:has-text("${taobao.name}")`);
    await page.waitForTimeout(600);
    await screenshot(page, '03-search-and-details');
    const aliased = nodesJson.find((n) => n.aliases.includes('Weixin'))!;
    await page.fill('#search', 'Weixin');
    await page.waitForSelector(`.search-box [role=option]:has-text("${aliased.name}")`);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => (window as unknown as HulianWindow).__hulian.state().selection === id, aliased.id);
  });

  it('when a console query runs, then its rows show in a table and its nodes are highlighted in the graph', async () => {
    const ids = nodesJson
      .slice(0, 3)
      .map((n) => n.id)
      .sort();
    const query = 'MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, n.nameZh AS nameZh, n AS node ORDER BY id';
    const hash = new URLSearchParams({ tab: 'console', q: query, p: JSON.stringify({ ids }) }).toString();
    await openExplorer(page, server.baseUrl, hash);
    await page.waitForSelector('body[data-console="ready"]');
    await page.click('#cypher-editor .cm-content');
    await page.keyboard.press('Control+Enter');
    await page.waitForSelector('#results-table tbody tr');
    const cells = await page.$$eval('#results-table tbody tr', (rows) => rows.map((r) => r.querySelector('td')?.textContent));
    expect(cells).toEqual(ids);
    const zh = await page.$$eval('#results-table tbody tr', (rows) => rows.map((r) => r.querySelectorAll('td')[1]?.textContent));
    expect(zh).toEqual(ids.map((id) => nodesJson.find((n) => n.id === id)!.nameZh));
    expect(await page.evaluate(() => (window as unknown as HulianWindow).__hulian.cy.$('node.hit').length)).toBe(ids.length);
    await screenshot(page, '04-console-results');
  });

  it('when the console is given a write, then the refusal is shown where the user typed and nothing is written', async () => {
    const key = `e2e-refused-${Date.now()}`;
    const query = `CREATE (x:Entity {id: '${key}'}) RETURN x`;
    const direct = await getJson(server.baseUrl, '/api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(direct.status).toBe(403);
    await openExplorer(page, server.baseUrl, 'tab=console');
    await page.waitForSelector('body[data-console="ready"]');
    await page.click('#cypher-editor .cm-content');
    await page.keyboard.type(query);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Enter');
    await page.waitForSelector('#console-error p');
    expect(await page.textContent('#console-error')).toContain(direct.body.detail);
    await page.waitForSelector('#cypher-editor .cm-server-error');
    expect((await getJson(server.baseUrl, `/api/nodes/${key}`)).status).toBe(404);
    await screenshot(page, '05-console-refused-write');
  });

  it('when the console is given a syntax error, then the error names the line and column the API reports', async () => {
    const query = 'MATCH (n RETURN n';
    const direct = await getJson(server.baseUrl, '/api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(direct.status).toBe(400);
    await openExplorer(page, server.baseUrl, new URLSearchParams({ tab: 'console', q: query }).toString());
    await page.waitForSelector('body[data-console="ready"]');
    await page.click('#cypher-run');
    await page.waitForSelector('#console-error p');
    const text = await page.textContent('#console-error');
    if (direct.body.position) expect(text).toContain(`line ${direct.body.position.line}, column ${direct.body.position.column}`);
    expect(text).toContain(direct.body.detail);
  });

  it('when comparing two years, then the counts match /api/diff', async () => {
    await openExplorer(page, server.baseUrl, 'tab=compare');
    await page.selectOption('#compare-from', '2012');
    await page.selectOption('#compare-to', String(range.to));
    await page.click('#compare-run');
    const api = (await getJson(server.baseUrl, `/api/diff?from=2012-12-31&to=${range.to}-12-31`)).body;
    for (const [kind, expected] of [
      ['added', api.counts.added],
      ['ended', api.counts.ended],
      ['persisted', api.counts.unchanged],
    ]) {
      expect(await page.textContent(`#compare-results [data-count="${kind}"]`)).toBe(String(expected));
    }
    expect(await page.evaluate(() => (window as unknown as HulianWindow).__hulian.cy.$('edge.cmp-added').length)).toBe(api.counts.added);
    expect(await stateOnPage(page)).toMatchObject({ tab: 'compare' });
    await expect.poll(() => page.url()).toContain('cmp=2012..');
    await screenshot(page, '06-compare');
  });

  it('when the GIF replay is exported, then it has one frame per data year', async () => {
    await openExplorer(page, server.baseUrl);
    const started = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.click('#export-gif')]);
    const bytes = readFileSync((await download.path())!);
    console.log(`e2e timing: GIF replay export ${Date.now() - started} ms (${bytes.length} bytes)`);
    const gif = new GifReader(new Uint8Array(bytes));
    expect(gif.numFrames()).toBe(range.to - range.from + 1);
    expect(gif.width).toBeGreaterThan(100);
    expect((await stateOnPage(page)).at).toBe(`${range.to}-12-31`);
  });

  it('should give every control an accessible name and fit a narrow window without sideways scrolling', async () => {
    await openExplorer(page, server.baseUrl);
    const unnamed = await page.$$eval('button, input, select, textarea', (els) =>
      els
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .filter((el) => {
          const labelled = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || (el as HTMLInputElement).labels?.length;
          return !labelled && !(el.textContent ?? '').trim();
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
    await page.setViewportSize({ width: 420, height: 860 });
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(421);
    await screenshot(page, '07-narrow-window');
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
