// A generated ratings network (test/fixtures/edge-list-generator.ts, imported through the CLI) in its own Neo4j,
// served by the real app, with a Chromium page to open it: the setting of the graph-any-network, fluid-steps and
// painted-export tests.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { createApp } from '../../server/app.js';
import { loadConfig } from '../../server/config/config.js';
import { Database } from '../../server/db/database.js';
import { QueryRegistry } from '../../server/db/query-registry.js';
import { REQUIRED_QUERIES } from '../../server/db/required-queries.js';
import { applySchema } from '../../server/db/schema.js';
import { writeEdgeList } from '../fixtures/edge-list-generator.js';
import { runCli } from '../fixtures/import-helpers.js';
import { neo4jForTests } from '../_neo4j-for-tests.js';
import { buildClient, openRecordedPage } from './_browser.js';

export interface RatingsExplorer {
  baseUrl: string;
  page: Page;
  /** Uncaught errors the page has thrown so far. */
  pageErrors: string[];
  /** Opens the explorer with this query (e.g. ?paint=on) and hash, until the first view is drawn. */
  open(search: string, hash: string): Promise<void>;
  close(): Promise<void>;
}

/** Imports `rows` ratings among `nodes` nodes (with a rating property and a Unix time each) and opens a page on them. */
export async function startRatingsExplorer(rows: number, nodes: number, seed = 20261207): Promise<RatingsExplorer> {
  buildClient();
  const dir = mkdtempSync(join(tmpdir(), 'hulian-ratings-'));
  const neo4j = await neo4jForTests();
  const db = Database.connect(neo4j, QueryRegistry.load(REQUIRED_QUERIES), 60_000);
  await applySchema(db);
  const csv = join(dir, 'generated-ratings.csv');
  writeEdgeList(csv, rows, nodes, seed);
  const mapping = ['--no-header', '--columns', 'source,target,rating,unix_time', '--type', 'RATES', '--since-col', 'unix_time'];
  const run = await runCli('import.ts', [csv, ...mapping, '--since-format', 'unix', '--props', 'rating', '--no-progress'], neo4j);
  expect(run.code, run.stderr).toBe(0);
  const config = loadConfig({ NODE_ENV: 'test', QUERY_TIMEOUT_MS: '60000' });
  const server = createApp({ db, config }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await (await fetch(`${baseUrl}/api/timeline`)).arrayBuffer();
  const browser = await openRecordedPage();
  const { page, pageErrors } = browser;
  return {
    baseUrl,
    page,
    pageErrors,
    async open(search, hash) {
      await page.goto('about:blank');
      await page.goto(`${baseUrl}/${search}#${hash}`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 150_000 });
    },
    async close() {
      await browser.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await db.close();
      await neo4j.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
