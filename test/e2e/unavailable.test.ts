// When Neo4j goes away the explorer says so plainly, and the banner clears once Neo4j is back.
// The server reaches the real Neo4j through a TCP switch that this test turns off and on.
import type { BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { loadConfig } from '../../server/config/config.js';
import { Database } from '../../server/db/database.js';
import { QueryRegistry } from '../../server/db/query-registry.js';
import { REQUIRED_QUERIES } from '../../server/db/required-queries.js';
import { buildClient, HAS_CHROMIUM, launchBrowser, screenshot } from './_browser.js';
import { startTcpSwitch, type TcpSwitch } from './_tcp-switch.js';

describe.skipIf(!HAS_CHROMIUM)('explorer when Neo4j is unavailable', () => {
  let tcp: TcpSwitch;
  let db: Database;
  let close: () => Promise<void>;
  let baseUrl: string;
  let browser: { context: BrowserContext; close(): Promise<void> };
  let page: Page;

  beforeAll(async () => {
    buildClient();
    const neo4j = inject('neo4j');
    const upstream = new URL(neo4j.uri.replace(/^[a-z+]+:/, 'http:'));
    tcp = await startTcpSwitch(upstream.hostname, Number(upstream.port));
    db = Database.connect({ ...neo4j, uri: `bolt://127.0.0.1:${tcp.port}` }, QueryRegistry.load(REQUIRED_QUERIES), 5_000);
    const server = createApp({ db, config: loadConfig({ NODE_ENV: 'test' }) }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    close = async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    };
    browser = await launchBrowser();
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await close?.();
    await db?.close();
    await tcp?.close();
  });

  it('when Neo4j is unreachable, then a "Neo4j unavailable" banner shows, and it clears and the graph loads when Neo4j is back', async () => {
    tcp.off();
    await page.goto(baseUrl);
    await page.waitForSelector('#banner:not([hidden])', { timeout: 20_000 });
    expect(await page.textContent('#banner')).toContain('Neo4j unavailable');
    expect(await page.textContent('#graph-status')).toMatch(/Could not load the network/);
    await screenshot(page, '08-neo4j-unavailable');
    tcp.on();
    await page.waitForSelector('#banner[hidden]', { state: 'attached', timeout: 20_000 });
    await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
    expect(await page.evaluate(() => document.querySelectorAll('#graph-status:not([hidden])').length)).toBe(0);
  });
});
