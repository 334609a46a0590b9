// The first-run choice in the page (issue #14): on a foreign database whose messages carry two unpaired days, the lens
// panel offers the choice as a select; saving it sends PUT /api/lens and the page reloads at the same URL, saying the
// lens is saved; the console completes the database's own names. The run's one Neo4j is emptied, then the flagship put back.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.js';
import { getJson, startTestServer, testDatabase, type TestServer } from '../_server.js';
import { build, emptyEverything, restoreFlagship } from '../integration/_foreign-db.js';
import { buildClient, CHROMIUM, HAS_CHROMIUM, launchBrowser, openExplorer } from './_browser.js';

if (!HAS_CHROMIUM) console.warn(`e2e: SKIPPED — no Chromium at ${CHROMIUM}.`);

describe.skipIf(!HAS_CHROMIUM)('the lens panel on a foreign database with an open start choice', () => {
  let db: Database;
  let server: TestServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;

  beforeAll(async () => {
    db = testDatabase(30_000);
    await emptyEverything(db);
    await build(
      db,
      'CREATE (a:Person {name: "Ada"}), (b:Person {name: "Brook"}) ' +
        'CREATE (a)-[:NOTE {sentOn: date("2020-01-05"), readOn: date("2020-02-10")}]->(b)',
    );
    buildClient();
    server = await startTestServer({ NEO4J_DATA_DIR: join(mkdtempSync(join(tmpdir(), 'hulian-lens-e2e-')), 'neo4j') });
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await restoreFlagship(db);
    await db.close();
  }, 180_000);

  it('should save the other start from the panel, reload at the same URL and report the lens as saved', async () => {
    const page = await browser.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await openExplorer(page, server.baseUrl);
    // The page writes its state to the hash a moment after it is drawn (debounced): compare the settled URLs.
    const settledUrl = async () => (await page.waitForFunction(() => location.hash.length > 1), page.url());
    const urlBefore = await settledUrl();
    await page.locator('#lens-panel summary').click();
    const select = page.locator('#lens-panel select[data-about="start"][data-subject="NOTE"]');
    const chosen = await select.inputValue();
    const options = await select.locator('option').evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value));
    const other = options.find((option) => option !== chosen)!;
    await select.selectOption(other);
    await Promise.all([page.waitForEvent('load'), page.locator('#lens-panel .lens-save').click()]);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    const { body: ready } = await getJson(server.baseUrl, '/api/ready');
    expect(ready.lens.source).toBe('saved');
    expect(await settledUrl()).toBe(urlBefore);
    await page.locator('#lens-panel summary').click();
    expect(await page.locator('#lens-panel select[data-subject="NOTE"]').inputValue()).toBe(other);
    expect(await page.locator('#lens-panel').innerText()).toContain(ready.lens.file);
    expect(pageErrors).toEqual([]);
  });

  it("should offer the database's own label and relationship type in the console editor's completion", async () => {
    const page = await browser.context.newPage();
    await openExplorer(page, server.baseUrl, 'tab=console');
    await page.waitForSelector('body[data-console="ready"]');
    const { body: ready } = await getJson(server.baseUrl, '/api/ready');
    const completion = async () => (await page.locator('.cm-tooltip-autocomplete').allInnerTexts()).join('\n');
    await page.click('#cypher-editor .cm-content');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('MATCH (n:');
    await page.keyboard.press('Control+Space');
    await expect.poll(completion).toContain(ready.lens.labels[0]);
    await page.keyboard.press('Escape');
    await page.keyboard.type(')-[r:');
    await page.keyboard.press('Control+Space');
    await expect.poll(completion).toContain(ready.lens.relationshipTypes[0]);
  });
});
