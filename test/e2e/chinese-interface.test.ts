// The Chinese interface end to end: after the 中文 switch every panel, control, message and accessible name the page
// shows is Chinese — Latin words only as product/format names or inside data marked translate="no" in data places —
// <html lang> is Chinese, and the choice survives a reload (URL) and a fresh visit (localStorage).
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROMIUM,
  HAS_CHROMIUM,
  openExplorer,
  ROOT,
  screenshot,
  startExplorerSession,
  stateOnPage,
  type ExplorerSession,
} from './_browser.js';

if (!HAS_CHROMIUM) console.warn(`e2e: SKIPPED — no Chromium at ${CHROMIUM}.`);

const nodesJson = JSON.parse(readFileSync(join(ROOT, 'data', 'nodes.json'), 'utf8')) as { id: string; name: string; nameZh: string }[];
const zhName = (name: string) => nodesJson.find((n) => n.name === name)!.nameZh;

/** Latin words allowed in the Chinese interface: product and format names. */
const ALLOWED_WORDS = ['Hulian', 'Cypher', 'Neo4j', 'PNG', 'SVG', 'CSV', 'JSON', 'GIF'];
/** The only places where data may show Latin text (titles of English sources, English notes, Cypher code, …). */
const DATA_PLACES = [
  '.sources',
  '.note',
  '.description',
  '.inferred-mark li',
  '.problem-detail',
  '#cypher-editor',
  '#cypher-params',
  '#results-table',
  '#history',
  '.brand',
  '[data-lang="en"]',
  '.facts dd',
  '.catalog-item code',
].join(', ');

/** Latin words that the dataset's own Chinese texts use (names like "App Store", "QQ", terms like "FinTech"): data the
 * Chinese interface shows as it is. */
const DATA_WORDS = ['nodes', 'milestones', 'vocabulary'].flatMap((file) => {
  const records = JSON.parse(readFileSync(join(ROOT, 'data', `${file}.json`), 'utf8')) as Record<string, unknown>[];
  return records
    .flatMap((record) => ['nameZh', 'titleZh', 'noteZh', 'labelZh'].map((field) => record[field]))
    .filter((text): text is string => typeof text === 'string')
    .flatMap((text) => text.match(/[A-Za-z0-9]+/g) ?? []);
});

/** Each Latin word the visible page shows outside data (with where it was seen), and data-marked Latin text found
 * outside the data places. */
function englishOnPage(page: Page) {
  return page.evaluate(
    ({ allowed, dataPlaces }) => {
      const latinWords = (text: string) =>
        (text.match(/[A-Za-z0-9]+/g) ?? []).filter((token) => (token.match(/[A-Za-z]/g) ?? []).length >= 2 && !allowed.includes(token));
      const inContext = (text: string, where: string) =>
        latinWords(text).map((word) => {
          const at = text.indexOf(word);
          return `${word} in ${where}: “${text.slice(Math.max(0, at - 30), at + word.length + 30).replace(/\s+/g, ' ')}”`;
        });
      const style = document.createElement('style');
      style.textContent = '[translate="no"] { visibility: hidden !important; }';
      document.head.append(style);
      const text = document.body.innerText;
      style.remove();
      const visible = (el: Element) => (el as HTMLElement).offsetParent !== null || el === document.body;
      const attributes = [...document.querySelectorAll('[aria-label], [title], [placeholder]')]
        .filter((el) => visible(el) && !el.closest('[translate="no"]'))
        .flatMap((el) =>
          ['aria-label', 'title', 'placeholder'].flatMap((name) =>
            inContext(el.getAttribute(name) ?? '', `${el.tagName.toLowerCase()}[${name}]`),
          ),
        );
      const misplacedData = [...document.querySelectorAll('[translate="no"]')]
        .filter((el) => visible(el) && latinWords((el as HTMLElement).innerText).length && !el.closest(dataPlaces))
        .map((el) => el.outerHTML.slice(0, 120));
      return { words: [...inContext(text, 'text'), ...attributes, ...inContext(document.title, 'title')], misplacedData };
    },
    { allowed: [...ALLOWED_WORDS, ...DATA_WORDS], dataPlaces: DATA_PLACES },
  );
}

describe.skipIf(!HAS_CHROMIUM)('the Chinese interface in headless Chromium', () => {
  let session: ExplorerSession;
  let server: ExplorerSession['server'];
  let page: Page;
  let pageErrors: string[] = [];
  const expectChineseOnly = async (where: string) => {
    const found = await englishOnPage(page);
    expect({ where, ...found }).toEqual({ where, words: [], misplacedData: [] });
  };
  const openTab = async (tab: string) => {
    await page.click(`#tab-${tab}`);
    await page.waitForSelector(`#panel-${tab}:not([hidden])`);
  };

  beforeAll(async () => {
    session = await startExplorerSession();
    ({ server, page, pageErrors } = session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('when 中文 is chosen, then the graph view, legend, time bar and change log are all in Chinese with <html lang> zh', async () => {
    await openExplorer(page, server.baseUrl);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.click('[data-lang="zh"]');
    expect(await page.getAttribute('html', 'lang')).toMatch(/^zh/);
    await expect.poll(() => page.url()).toContain('lang=zh');
    // The change log re-renders when the page is idle after the switch (its badges switch at once), so wait for it.
    await expect.poll(() => page.textContent('#change-list'), { timeout: 15_000 }).toContain('最迟于2024年9月结束(具体日期不详)');
    await expect.poll(() => page.textContent('#change-summary'), { timeout: 15_000 }).toMatch(/^2024年/);
    expect(await page.locator('#change-list .sources [lang="zh"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#change-list .source-translation').count()).toBe(0);
    // The flagship's nodes have owners, so its legend keeps the ownership line, in Chinese too.
    expect(await page.locator('#legend [data-filter="hiddenTypes:OWNS"]').count()).toBe(1);
    await page.waitForTimeout(500);
    const shot = await screenshot(page, 'zh-01-change-log');
    // The docs' screenshot is refreshed only on request, so a test run never changes tracked files.
    if (process.env.UPDATE_README_SCREENSHOT === '1') copyFileSync(shot, join(ROOT, 'docs', 'screenshot-zh.png'));
    await expectChineseOnly('graph and change log');
  });

  it('when a node is searched in Chinese, then its details, scopes and uncertain dates are in Chinese', async () => {
    await page.fill('#search', zhName('WeChat'));
    await page.waitForSelector('.search-box [role=option]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#details-body .rels');
    const details = await page.textContent('#details-body');
    expect(details).toContain('仅限群聊');
    expect(details).toContain('最迟于2023年结束(具体日期不详)');
    await page.click('#details-body .badge-inferred >> nth=0');
    await screenshot(page, 'zh-03-details');
    await expectChineseOnly('details');
  });

  it('when two years are compared, then the Compare panel is in Chinese', async () => {
    await openTab('compare');
    await page.selectOption('#compare-from', '2012');
    await page.click('#compare-run');
    await page.waitForSelector('#compare-results [data-count="added"]');
    expect(await page.textContent('#compare-results')).toContain('新增');
    await expectChineseOnly('compare');
  });

  it('when paths are asked for without ends and then between two nodes, then messages and results are in Chinese', async () => {
    await openTab('paths');
    await page.click('#paths-run');
    expect(await page.textContent('#path-results')).toContain('请先从搜索列表中选定起点和终点');
    await expectChineseOnly('paths without ends');
    for (const [index, name] of [
      [0, 'Taobao'],
      [1, 'WeChat Pay'],
    ] as const) {
      const picker = page.locator('#panel-paths input[role=combobox]').nth(index);
      await picker.fill(zhName(name));
      await page.waitForSelector(`#panel-paths .picker-list:not([hidden]) [role=option]`);
      await picker.press('Enter');
    }
    await page.click('#paths-earliest');
    await page.waitForSelector('#path-results .summary');
    expect(await page.textContent('#path-results')).toContain('首次连通于');
    await expectChineseOnly('paths');
  });

  it('when the console refuses a write and then runs a read, then its messages, table caption and controls are in Chinese', async () => {
    await openTab('console');
    await page.waitForSelector('body[data-console="ready"]');
    await page.waitForSelector('#catalog .catalog-item');
    await page.click('#cypher-editor .cm-content');
    await page.keyboard.type("CREATE (x:Entity {id: 'zh-e2e'}) RETURN x");
    await page.keyboard.press('Escape');
    await page.click('#cypher-run');
    await page.waitForSelector('#console-error p');
    expect(await page.textContent('#console-error p')).toBe('已拒绝:查询台只运行只读查询');
    await page.waitForSelector('#cypher-editor .cm-server-error');
    await expectChineseOnly('console refusal');
    await page.click('#catalog .catalog-item >> nth=0');
    await page.waitForSelector('#results-table caption');
    expect(await page.textContent('#results-table caption')).toMatch(/行,用时 \d+ 毫秒/);
    await screenshot(page, 'zh-02-console');
    await expectChineseOnly('console results');
  });

  it('when the page is reloaded or opened afresh, then it stays in Chinese until English is chosen, which prints each source title once', async () => {
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.getAttribute('html', 'lang')).toMatch(/^zh/);
    expect((await stateOnPage(page)).tab).toBe('console');
    expect(await page.evaluate(() => localStorage.getItem('hulian.lang'))).toBe('zh');
    await openExplorer(page, server.baseUrl);
    expect(await page.getAttribute('html', 'lang')).toMatch(/^zh/);
    expect(await page.textContent('#tab-changes')).toBe('变化');
    await expect.poll(() => page.url()).toContain('lang=zh');
    await expectChineseOnly('fresh visit');
    await page.click('[data-lang="en"]');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('#tab-changes')).toBe('Changes');
    await page.waitForSelector('#change-list .source-translation');
    const titledTwice = await page.$$eval(
      '#change-list .sources li',
      (items) =>
        items.filter((item) => {
          const title = item.querySelector('.source-title > [translate="no"]')?.textContent ?? '';
          return title !== '' && (item.textContent ?? '').split(title).length > 2;
        }).length,
    );
    expect(titledTwice).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('when a node cannot be loaded, then the error is in Chinese with the server’s own words on demand', async () => {
    await openExplorer(page, server.baseUrl, new URLSearchParams({ lang: 'zh', tab: 'details', sel: 'no-such-node' }).toString());
    await page.waitForSelector('#details-body .status-error');
    expect(await page.textContent('#details-body .status-error p')).toBe('无法加载详情。 未找到。');
    expect(await page.getAttribute('#details-body .problem-detail', 'open')).toBeNull();
    await expectChineseOnly('details error');
    await page.click('#details-body .problem-detail summary');
    expect(await page.getAttribute('#details-body .problem-detail [translate="no"]', 'lang')).toBe('en');
  });
});
