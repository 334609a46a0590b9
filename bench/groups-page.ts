// The in-page measures of bench/groups-bench.ts: the change log's summary of the busiest year, and opening the group
// view's largest group, as wall time (sync, and until painted) and as the page's main-thread CPU time (which other work
// on the machine inflates far less), beside a floor: a bare Cytoscape adding the same members and edges.
import type { CDPSession, Page } from 'playwright-core';
import { installPageTiming, timeInPage } from './page-timing.js';

/** One opening (or floor) sample, in ms. */
export interface OpenSample {
  syncMs: number;
  paintedMs: number;
  cpuMs: number;
}

const HOOK = '(window.__hulianGroups)';

/** The main thread's CPU time so far (ms), from the DevTools protocol. */
async function threadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN) * 1000;
}

/** The last "change-log-summary" measure (ms): the summary of the period shown, rendered. */
export const lastSummaryMs = (page: Page) =>
  page.evaluate(() => Math.round(performance.getEntriesByName('change-log-summary').at(-1)?.duration ?? Number.NaN));

/** One step back and forward again (← →): the summary render of the period returned to, and the step to its painted
 * frame (the graph's own step included). */
export async function summaryOnStep(page: Page): Promise<{ renderMs: number; stepToPaintedMs: number }> {
  await installPageTiming(page);
  const key = (name: string) => `document.dispatchEvent(new KeyboardEvent('keydown', { key: '${name}', bubbles: true }))`;
  await page.evaluate(`window.__summaryBefore = document.getElementById('change-summary').textContent`);
  await timeInPage(page, key('ArrowLeft'), `document.getElementById('change-summary').textContent !== window.__summaryBefore`);
  await page.evaluate(`window.__summaryBefore = document.getElementById('change-summary').textContent`);
  const stepToPaintedMs = await timeInPage(
    page,
    key('ArrowRight'),
    `document.getElementById('change-summary').textContent !== window.__summaryBefore`,
  );
  return { renderMs: await lastSummaryMs(page), stepToPaintedMs: Math.round(stepToPaintedMs) };
}

/** The group view's groups, largest first (the view must be on). */
export const groupsShown = (page: Page) =>
  page.evaluate(`(() => {
    const cy = ${HOOK}.cy();
    return cy.nodes('.group').map((n) => ({ id: n.data('group'), active: n.data('active') })).sort((a, b) => b.active - a.active);
  })()`) as Promise<{ id: string; active: number }[]>;

/** Taps the node of `group` (as a click does) and waits for its "group-open-painted" measure. */
async function tapGroup(page: Page, group: string): Promise<void> {
  await page.evaluate(`performance.clearMeasures('group-open-painted')`);
  // `void`: what emit returns (the element) is not sent back, which would cost seconds of serialisation.
  await page.evaluate(`void ${HOOK}.cy().getElementById(${JSON.stringify(`group:${group}`)}).emit('tap')`);
  await page.waitForFunction(() => performance.getEntriesByName('group-open-painted').length > 0);
}

/** Opens `group` and closes it again: the opening's sync and painted measures and the CPU it took. */
export async function openGroupOnce(page: Page, cdp: CDPSession, group: string): Promise<OpenSample> {
  await page.evaluate('window.__bench.painted()');
  const before = await threadMs(cdp);
  await tapGroup(page, group);
  const cpuMs = Math.round((await threadMs(cdp)) - before);
  const [syncMs, paintedMs] = (await page.evaluate(`['group-open', 'group-open-painted'].map((name) =>
    Math.round(performance.getEntriesByName(name).at(-1).duration))`)) as number[];
  await tapGroup(page, group);
  return { syncMs: syncMs!, paintedMs: paintedMs!, cpuMs };
}

/** The floor, with `group` open in the view: a bare Cytoscape (same style, container and viewport) holding the other
 * groups adds the group's drawn members and edges in one batch, at their places. */
export async function floorOnce(page: Page, cdp: CDPSession): Promise<OpenSample> {
  await page.evaluate(`(async () => {
    const painted = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const cy = ${HOOK}.cy();
    const json = cy.elements().jsons();
    const isMember = (e) => e.group === 'nodes' && e.classes.includes('member');
    const members = new Set(json.filter(isMember).map((e) => e.data.id));
    const touches = (e) => e.group === 'edges' && (members.has(e.data.source) || members.has(e.data.target));
    window.__floorAdded = json.filter((e) => isMember(e) || touches(e));
    const box = cy.container().getBoundingClientRect();
    const div = document.createElement('div');
    Object.assign(div.style, { position: 'fixed', left: box.left + 'px', top: box.top + 'px', width: box.width + 'px', height: box.height + 'px', zIndex: 50, background: '#fff' });
    document.body.append(div);
    window.__floor = new cy.constructor({ container: div, style: cy.style().json(), zoom: cy.zoom(), pan: cy.pan() });
    window.__floor.add(json.filter((e) => !isMember(e) && !touches(e)));
    window.__floorDiv = div;
    await painted();
  })()`);
  const before = await threadMs(cdp);
  const [syncMs, paintedMs] = (await page.evaluate(`(async () => {
    const started = performance.now();
    window.__floor.batch(() => window.__floor.add(window.__floorAdded));
    const sync = performance.now() - started;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    return [Math.round(sync), Math.round(performance.now() - started)];
  })()`)) as number[];
  const cpuMs = Math.round((await threadMs(cdp)) - before);
  await page.evaluate(`window.__floor.destroy(); window.__floorDiv.remove()`);
  return { syncMs: syncMs!, paintedMs: paintedMs!, cpuMs };
}

/** `rounds` openings of `group` and as many floors (interleaved, so both meet the same load). */
export async function measureOpening(page: Page, group: string, rounds: number): Promise<{ open: OpenSample[]; floor: OpenSample[] }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await installPageTiming(page);
  const open: OpenSample[] = [];
  const floor: OpenSample[] = [];
  try {
    for (let i = 0; i < rounds; i++) {
      open.push(await openGroupOnce(page, cdp, group));
      await tapGroup(page, group);
      floor.push(await floorOnce(page, cdp));
      await tapGroup(page, group);
    }
  } finally {
    await cdp.detach();
  }
  return { open, floor };
}
