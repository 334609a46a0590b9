// The large benchmark's UI actions, each timed from the real control's click to the painted frame after its result:
// compare two years, clear the comparison, fit the view, open a node's details (a mouse click on the drawn node),
// and switch the interface to 中文. Selectors are the page's stable ids and data-* attributes.
import type { Page } from 'playwright-core';
import { settleHeap, timeInPage } from './page-timing.js';
import { round } from './stats.js';

export interface ActionTimes {
  compare: number;
  clear: number;
  fit: number;
  details: number;
  lang: number;
}

/** The node whose details were opened, with its degree in the drawn graph (visible relationships). */
export interface ClickedNode {
  id: string;
  degree: number;
}

const byId = (id: string) => `document.getElementById(${JSON.stringify(id)})`;
const HULIAN = 'window.__hulian';
/** Each action starts from a collected heap: the harness reads the page (every drawn element, to pick a node) just
 * before some of them, and its garbage is not the action's. Steps and Play are timed without it. */
const SETTLED = { settle: true };

/** Compare (the panel's Compare button) to the counts shown; Clear to the counts gone. */
async function compareAndClear(page: Page): Promise<Pick<ActionTimes, 'compare' | 'clear'>> {
  await page.click('#tab-compare');
  const compare = await timeInPage(
    page,
    `${byId('compare-run')}.click()`,
    `!!document.querySelector('#compare-results [data-count]')`,
    SETTLED,
  );
  const clear = await timeInPage(
    page,
    `${byId('compare-clear')}.click()`,
    `!document.querySelector('#compare-results [data-count]')`,
    SETTLED,
  );
  return { compare, clear };
}

/** Zooms in (not timed), then Fit (the toolbar's button: `#fit` when it has that id, else the one reading "Fit"). */
async function fit(page: Page): Promise<number> {
  await page.evaluate(`(() => {
    const cy = ${HULIAN}.cy;
    cy.zoom({ level: cy.zoom() * 4, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    window.__zoomBeforeFit = cy.zoom();
  })()`);
  const button = `(document.getElementById('fit') ?? [...document.querySelectorAll('#toolbar button')].find((b) => b.textContent.trim() === 'Fit'))`;
  if (!(await page.evaluate(`!!${button}`))) throw new Error('no Fit button (#fit, or a #toolbar button reading "Fit")');
  return timeInPage(page, `${button}.click()`, `${HULIAN}.cy.zoom() !== window.__zoomBeforeFit`, SETTLED);
}

/** A drawn node, by degree, whose centre is on the graph's canvas and not under an overlay: its page coordinates. */
async function clickableNode(page: Page): Promise<ClickedNode & { x: number; y: number }> {
  const point = await page.evaluate(`(() => {
    const cy = ${HULIAN}.cy;
    const box = cy.container().getBoundingClientRect();
    // Degrees in what the page draws (relationships painted on a large network's paint layer count too).
    const degree = new Map();
    const drawnEdges = ${HULIAN}.drawn ? ${HULIAN}.drawn().edges : cy.edges(':visible').map((e) => ({ source: e.source().id(), target: e.target().id() }));
    for (const e of drawnEdges) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const nodes = cy.nodes(':visible').sort((a, b) => (degree.get(b.id()) ?? 0) - (degree.get(a.id()) ?? 0));
    for (let i = 0; i < Math.min(nodes.length, 500); i++) {
      const p = nodes[i].renderedPosition();
      const x = box.left + p.x, y = box.top + p.y;
      if (x < box.left + 20 || y < box.top + 20 || x > box.right - 20 || y > box.bottom - 20) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit && cy.container().contains(hit)) return { id: nodes[i].id(), degree: degree.get(nodes[i].id()) ?? 0, x, y };
    }
    return null;
  })()`);
  if (!point) throw new Error('no drawn node could be clicked on the canvas');
  return point as ClickedNode & { x: number; y: number };
}

/** A mouse click on a drawn node to its details (name heading) shown in the Details panel; which node it was. */
async function details(page: Page): Promise<{ ms: number; node: ClickedNode }> {
  await page.evaluate(`${HULIAN}.cy.fit(undefined, 30)`);
  await page.evaluate('window.__bench.painted()');
  const node = await clickableNode(page);
  await settleHeap(page);
  await page.evaluate('window.__bench.mark()');
  await page.mouse.click(node.x, node.y);
  const ms = (await page.evaluate(`window.__bench.sinceMark(() => {
    const selected = ${HULIAN}.state().selection;
    const body = document.getElementById('details-body');
    return !!selected && !!body && !!body.querySelector('.node-name') && !body.hidden;
  })`)) as number;
  return { ms, node: { id: node.id, degree: node.degree } };
}

/** The 中文 switch to the interface in Chinese: the html lang, and the change log redrawn (it redraws when idle). */
async function lang(page: Page): Promise<number> {
  await page.evaluate(`window.__summaryBefore = document.getElementById('change-summary')?.textContent ?? null`);
  return timeInPage(
    page,
    `document.querySelector('[data-lang="zh"]').click()`,
    `document.documentElement.lang.startsWith('zh') && (window.__summaryBefore === null || document.getElementById('change-summary')?.textContent !== window.__summaryBefore)`,
    SETTLED,
  );
}

/** Runs the five actions in order on a page that has drawn its graph: milliseconds each, and the node clicked. */
export async function timeActions(page: Page): Promise<{ actionsMs: ActionTimes; detailsNode: ClickedNode }> {
  const { compare, clear } = await compareAndClear(page);
  const fitMs = await fit(page);
  const opened = await details(page);
  const langMs = await lang(page);
  return {
    actionsMs: { compare: round(compare), clear: round(clear), fit: round(fitMs), details: round(opened.ms), lang: round(langMs) },
    detailsNode: opened.node,
  };
}
