// E2e helpers: Debian's Chromium driven by playwright-core, the built client served by the real app,
// and small page utilities (the read-only window.__hulian hook, screenshots).
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../_server.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
/** CI sets HULIAN_REQUIRE_E2E=1: there a missing Chromium fails the run instead of skipping the browser tests quietly. */
if (!HAS_CHROMIUM && process.env.HULIAN_REQUIRE_E2E === '1') {
  throw new Error(
    `no Chromium at ${CHROMIUM}, and HULIAN_REQUIRE_E2E=1 requires the browser tests: install Debian's chromium or set CHROMIUM_PATH`,
  );
}
export const ROOT = resolve(import.meta.dirname, '..', '..');
const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Builds the client into dist/ (served by createApp's default clientDir). */
export function buildClient(): void {
  execSync('npx vite build --logLevel warn', { cwd: ROOT, stdio: 'pipe', timeout: 180_000 });
}

/** Launches Chromium with a temporary profile; `close()` removes the profile. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'hulian-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    acceptDownloads: true,
    viewport: { width: 1280, height: 800 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A new Chromium with one page and the page's uncaught errors as they come; `close()` ends the browser. */
export async function openRecordedPage(): Promise<{ page: Page; pageErrors: string[]; close(): Promise<void> }> {
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { page, pageErrors, close: () => browser.close() };
}

/** What a browser test file works with: the real server serving the freshly built client, one Chromium page, and the
 * page's uncaught errors; `close()` ends the browser and the server. */
export interface ExplorerSession {
  server: TestServer;
  page: Page;
  pageErrors: string[];
  close(): Promise<void>;
}

/** Builds the client, starts the server (`env` overrides its configuration) and opens a page (for a file's beforeAll). */
export async function startExplorerSession(env: Record<string, string> = {}): Promise<ExplorerSession> {
  buildClient();
  const server = await startTestServer(env);
  const { page, pageErrors, close } = await openRecordedPage();
  return {
    server,
    page,
    pageErrors,
    close: async () => {
      await close();
      await server.close();
    },
  };
}

/** Opens the explorer at `hash` and waits until the graph is drawn; returns the milliseconds that took. */
export async function openExplorer(page: Page, baseUrl: string, hash = ''): Promise<number> {
  await page.goto('about:blank');
  const started = Date.now();
  await page.goto(`${baseUrl}/${hash ? `#${hash}` : ''}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  await page.waitForFunction(() => (window as unknown as HulianWindow).__hulian.cy.nodes(':visible').length > 0);
  return Date.now() - started;
}

/** What the page exposes for tests (read-only). */
export interface HulianWindow {
  __hulian: {
    cy: {
      nodes(selector?: string): { length: number };
      $(selector: string): { length: number };
      getElementById(id: string): { selected(): boolean };
    };
    state(): { at: string; selection: string | null; tab: string };
    inForceEdgeIds(): string[];
    shown(): { nodes: string[]; edges: { id: string; shownAs: string }[] };
    firstDrawMs: number;
  };
}

/** The API edge ids the page draws as in force, sorted. */
export function inForceOnPage(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as HulianWindow).__hulian.inForceEdgeIds());
}

/** The page's current view state. */
export function stateOnPage(page: Page) {
  return page.evaluate(() => (window as unknown as HulianWindow).__hulian.state());
}

/** Saves a screenshot under test-output/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
