// The time bar's keyboard in real headless Chromium: ←/→ and Space keep working after a click on a button, a tab or
// a select, and stay with text fields. Dates come from the page's state hook; nothing reads the client's code.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, openExplorer, startExplorerSession, stateOnPage, type ExplorerSession } from './_browser.js';

const dateShown = async (page: Page) => (await stateOnPage(page)).at;
const playing = async (page: Page) => (await page.getAttribute('#play', 'aria-pressed')) === 'true';

describe.skipIf(!HAS_CHROMIUM)('time bar keyboard in headless Chromium', () => {
  let session: ExplorerSession;
  let page: Page;
  let baseUrl: string;

  beforeAll(async () => {
    session = await startExplorerSession();
    ({ page } = session);
    baseUrl = session.server.baseUrl;
  });
  afterAll(async () => {
    await session?.close();
  });

  /** Presses → then ← twice and checks the date moves one year each way. */
  const expectArrowsStepTime = async () => {
    await page.keyboard.press('ArrowRight');
    expect(await dateShown(page)).toBe('2021-12-31');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await dateShown(page)).toBe('2019-12-31');
  };

  it('when Fit was clicked, then → and ← still step the shown date', async () => {
    await openExplorer(page, baseUrl, 'at=2020-12-31');
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await expectArrowsStepTime();
  });

  it('when a tab was clicked, then → and ← step the date and leave the open tab alone', async () => {
    await openExplorer(page, baseUrl, 'at=2020-12-31');
    await page.click('#tab-compare');
    expect((await stateOnPage(page)).tab).toBe('compare');
    await expectArrowsStepTime();
    expect((await stateOnPage(page)).tab).toBe('compare');
  });

  it('when the tabs were reached by keyboard, then ← and → move between tabs and not the date', async () => {
    await openExplorer(page, baseUrl, 'at=2020-12-31');
    await page.focus('#tab-changes');
    await page.keyboard.press('ArrowRight');
    expect(await stateOnPage(page)).toMatchObject({ tab: 'details', at: '2020-12-31' });
    await page.keyboard.press('ArrowLeft');
    expect(await stateOnPage(page)).toMatchObject({ tab: 'changes', at: '2020-12-31' });
  });

  it('when Play then Pause were clicked, then Space plays and pauses once per press without clicking the button', async () => {
    await openExplorer(page, baseUrl, 'at=2010-12-31');
    await page.click('#play');
    await page.click('#play');
    expect(await playing(page)).toBe(false);
    await page.keyboard.press('Space');
    expect(await playing(page)).toBe(true);
    await page.keyboard.press('Space');
    expect(await playing(page)).toBe(false);
    const paused = await dateShown(page);
    await page.waitForTimeout(1200);
    expect(await dateShown(page)).toBe(paused);
  });

  it('when Fit was clicked, then Space plays and pauses instead of pressing Fit again', async () => {
    await openExplorer(page, baseUrl, 'at=2010-12-31');
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await page.keyboard.press('Space');
    expect(await playing(page)).toBe(true);
    await page.keyboard.press('Space');
    expect(await playing(page)).toBe(false);
  });

  it('when a speed was chosen, then ←/→ step the date without changing the speed, and Space plays', async () => {
    await openExplorer(page, baseUrl, 'at=2020-12-31');
    await page.selectOption('#speed', { label: '2×' });
    await page.focus('#speed');
    const speed = await page.inputValue('#speed');
    await expectArrowsStepTime();
    expect(await page.inputValue('#speed')).toBe(speed);
    await page.keyboard.press('Space');
    expect(await playing(page)).toBe(true);
    await page.keyboard.press('Space');
    expect(await playing(page)).toBe(false);
  });

  it('when typing in the search field, then arrows and spaces edit the text and do not step or play', async () => {
    await openExplorer(page, baseUrl, 'at=2020-12-31');
    await page.click('#search');
    await page.keyboard.type('ant group');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('X');
    await page.keyboard.press('ArrowRight');
    expect(await page.inputValue('#search')).toBe('ant groXup');
    expect(await dateShown(page)).toBe('2020-12-31');
    expect(await playing(page)).toBe(false);
  });
});
