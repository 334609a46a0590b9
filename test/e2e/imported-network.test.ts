// An imported network in headless Chromium: an edge list with a numeric `rating` replaces the bundled network, and the
// page shows the import's own title (no flagship subtitle), the rating in Details, the change log and the edge tooltip,
// console results as chips that open to their properties, and no "null" anywhere. The bundled network is loaded back.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeEdgeList } from '../fixtures/edge-list-generator.js';
import { runCli } from '../fixtures/import-helpers.js';
import { getJson } from '../_server.js';
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

const TITLE = 'Trust ratings among traders';
const dir = mkdtempSync(join(tmpdir(), 'hulian-e2e-import-'));
const path = join(dir, 'ratings.csv');

/** The page's visible text and attributes that read "null" or "undefined", with where they were seen. */
const nullsOnPage = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    const bad = /\b(null|undefined|NaN)\b/;
    if (bad.test(document.body.innerText))
      found.push(`text: ${document.body.innerText.match(/.{0,40}\b(null|undefined|NaN)\b.{0,40}/)?.[0]}`);
    if (bad.test(document.title)) found.push(`title: ${document.title}`);
    for (const el of document.querySelectorAll('[title], [aria-label]')) {
      for (const name of ['title', 'aria-label']) {
        const value = el.getAttribute(name) ?? '';
        if (bad.test(value)) found.push(`${el.tagName.toLowerCase()}[${name}]: ${value}`);
      }
    }
    return found;
  });

describe.skipIf(!HAS_CHROMIUM)('an imported network with a numeric relationship property', () => {
  const neo4j = inject('neo4j');
  let session: ExplorerSession;
  let page: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    writeEdgeList(path, 300, 30, 11);
    const run = await runCli(
      'import.ts',
      [path, '--replace', '--no-header', '--columns', 'source,target,rating,time', '--type', 'RATES', '--since-col', 'time'].concat([
        '--since-format',
        'unix',
        '--props',
        'rating',
        '--source-title',
        TITLE,
        '--no-progress',
      ]),
      neo4j,
    );
    if (run.code !== 0) throw new Error(`import failed: ${run.stderr}`);
    session = await startExplorerSession();
    ({ page, pageErrors } = session);
  }, 300_000);
  afterAll(async () => {
    await session?.close();
    rmSync(dir, { recursive: true, force: true });
    const reset = await runCli('seed.ts', ['--reset'], neo4j);
    if (reset.code !== 0) throw new Error(`could not load the bundled network back: ${reset.stderr}`);
  }, 180_000);

  it("should title the page with the import's own title and show no flagship subtitle", async () => {
    await openExplorer(page, session.server.baseUrl);
    const { dataset } = (await getJson(session.server.baseUrl, '/api/timeline')).body;
    expect(dataset.title).toBe(TITLE);
    expect(await page.textContent('#dataset-title')).toBe(TITLE);
    expect(await page.title()).toContain(TITLE);
    expect(await page.textContent('header')).not.toMatch(/walled gardens|围墙花园/i);
    expect(await nullsOnPage(page)).toEqual([]);
  });

  it('should show each relationship of the selected node with its rating in Details', async () => {
    const timeline = (await getJson(session.server.baseUrl, '/api/timeline')).body;
    const id = timeline.nodes[0].id as string;
    const details = (await getJson(session.server.baseUrl, `/api/nodes/${encodeURIComponent(id)}`)).body;
    const ratings = (details.relationships as { props: { rating: number } }[]).map((r) => r.props.rating);
    expect(ratings.length).toBeGreaterThan(0);
    await openExplorer(page, session.server.baseUrl, new URLSearchParams({ sel: id, tab: 'details' }).toString());
    await page.waitForSelector('#details-body .rels');
    const shown = await page.$$eval('#details-body .rel .edge-props', (lists) => lists.map((l) => l.textContent));
    expect(shown.sort()).toEqual(ratings.map((rating) => `rating ${rating.toLocaleString('en-US')}`).sort());
    await screenshot(page, 'import-01-details-rating');
    expect(await nullsOnPage(page)).toEqual([]);
  });

  it("should show the rating on every change in the change log and in an edge's tooltip", async () => {
    await openExplorer(page, session.server.baseUrl);
    const rows = await page.$$eval('#change-list .change-began, #change-list .change-ended', (items) =>
      items.map((item) => item.querySelector('.edge-props')?.textContent ?? ''),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const text of rows) expect(text).toMatch(/^rating -?\d+$/);
    const tooltip = await page.evaluate(() => {
      const cy = (window as unknown as HulianWindow).__hulian.cy as unknown as {
        edges(): { emit(event: string): void }[];
        container(): HTMLElement;
      };
      cy.edges()[0]!.emit('mouseover');
      return cy.container().title;
    });
    expect(tooltip).toMatch(/ · rating -?\d+$/);
  });

  it('should show console nodes and relationships as chips that open to their properties', async () => {
    const query = 'MATCH (a:Entity)-[r:RATES]->(b:Entity) RETURN a, r, b ORDER BY r.id LIMIT 3';
    await openExplorer(page, session.server.baseUrl, new URLSearchParams({ tab: 'console', q: query }).toString());
    await page.waitForSelector('body[data-console="ready"]');
    await page.click('#cypher-editor .cm-content');
    await page.keyboard.press('Control+Enter');
    await page.waitForSelector('#results-table tbody tr');
    expect(await page.locator('#results-table .chip-node').count()).toBe(6);
    expect(await page.locator('#results-table .chip-relationship').count()).toBe(3);
    expect(await page.textContent('#results-table')).not.toContain('elementId');
    await page.click('#results-table .chip-relationship summary >> nth=0');
    const props = await page.$$eval('#results-table .chip-relationship[open] .chip-props dt', (keys) => keys.map((k) => k.textContent));
    expect(props).toContain('rating');
    await screenshot(page, 'import-02-console-chips');
    expect(await nullsOnPage(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
