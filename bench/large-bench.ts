// The large-network browser benchmark on the explorer as a user opens it (the renderer its size policy picks):
// navigation to the first drawn graph, one step to the painted frame (median), frames per second during Play, the
// five UI actions, and the elements it drew (which the vis-network peer then draws too).
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { usedHeapMB } from './browser.js';
import { timeActions, type ActionTimes, type ClickedNode } from './large-actions.js';
import { installPageTiming, timeInPage } from './page-timing.js';
import type { Drawing } from './reference-bench.js';
import type { DrawnElements } from './peer-bench.js';
import { median, round } from './stats.js';

export interface LargeClientResult {
  /** Navigation to the painted frame showing the first drawn graph, stamped in the page. */
  firstRenderMs: number;
  /** The same from the bench's side: a double rAF evaluated after seeing data-ready (adds the round trip). */
  firstRenderRoundTripMs: number;
  /** Of which: /api/timeline fully received (from navigation start), and the page's own mark when it set data-ready. */
  timelineReceivedMs: number | null;
  readyMs: number;
  /** The page's own marks on the way (hulian:start, data-read, renderer-chosen) and its bundle received, ms from navigation. */
  pageMarks: Record<string, number>;
  stepMs: number;
  fps: number;
  /** Date changes per second during the same Play (how far the replay got, beside how smoothly it drew). */
  stepsPerSecond: number;
  actionsMs: ActionTimes;
  /** The node clicked for `actionsMs.details` (the best-connected one that could be clicked). */
  detailsNode: ClickedNode;
  heapMB: number;
  renderer: string;
  /** Elements drawn (visible) at first render. */
  elements: number;
  /** The 1-minute load average of the machine, read before and after the measures (their mean). */
  loadAverage: number;
}

const STEPS = 10;
const PLAY_MS = 5_000;

/** What the explorer drew, by Cytoscape or its paint layer: nodes at their positions and relationships (with colours);
 * from the page's own account when it gives one, else Cytoscape's visible elements. */
const DRAWN = `(() => {
  if (window.__hulian.drawn) return window.__hulian.drawn();
  const cy = window.__hulian.cy;
  const nodes = cy.nodes(':visible').map((n) => ({ id: n.id(), x: Math.round(n.position('x')), y: Math.round(n.position('y')) }));
  const edges = cy.edges(':visible').map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id(), colour: e.data('color') }));
  return { nodes, edges };
})()`;

/** One ← or → (alternating, so the date stays in range) to the painted frame after body[data-at] changed. */
export async function stepTimes(page: Page): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < STEPS; i++) {
    const key = i % 2 === 0 ? 'ArrowLeft' : 'ArrowRight';
    await page.evaluate(`window.__atBefore = document.body.dataset.at`);
    samples.push(
      await timeInPage(
        page,
        `document.dispatchEvent(new KeyboardEvent('keydown', { key: '${key}', bubbles: true, cancelable: true }))`,
        `document.body.dataset.at !== window.__atBefore`,
      ),
    );
  }
  return samples;
}

/** The machine's 1-minute load average (other work on the same cores inflates every figure). */
export function loadAverage(): number {
  return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
}

/** What the explorer draws at the two dates the step measure goes between (for the reference floors). */
async function twoStepDrawings(page: Page): Promise<[Drawing, Drawing]> {
  const first = (await page.evaluate(DRAWN)) as Drawing;
  await timeInPage(
    page,
    `window.__atBefore = document.body.dataset.at; document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, cancelable: true }))`,
    `document.body.dataset.at !== window.__atBefore`,
  );
  const second = (await page.evaluate(DRAWN)) as Drawing;
  return [first, second];
}

/** Play at the fastest speed offered, looping: animation frames and date changes per second over PLAY_MS. */
async function play(page: Page): Promise<{ fps: number; stepsPerSecond: number }> {
  return (await page.evaluate(`(async () => {
    const speed = document.getElementById('speed');
    if (speed) {
      const fastest = [...speed.options].map((o) => o.value).sort((a, b) => Number(a) - Number(b))[0];
      speed.value = fastest;
      speed.dispatchEvent(new Event('change'));
    }
    const loop = document.getElementById('loop');
    if (loop) loop.checked = true;
    let steps = 0;
    const observer = new MutationObserver(() => steps++);
    observer.observe(document.body, { attributes: true, attributeFilter: ['data-at'] });
    document.getElementById('play').click();
    let frames = 0;
    const started = performance.now();
    await new Promise((done) => {
      const tick = () => { frames++; if (performance.now() - started < ${PLAY_MS}) requestAnimationFrame(tick); else done(); };
      requestAnimationFrame(tick);
    });
    const seconds = (performance.now() - started) / 1000;
    document.getElementById('play').click();
    observer.disconnect();
    return { fps: frames / seconds, stepsPerSecond: steps / seconds };
  })()`)) as { fps: number; stepsPerSecond: number };
}

/** Waits (at most 30 s) until the server, just started on a network just imported, has finished its start-up warm-up
 * (the less urgent queries run after it says ready): until /api/health, which never touches Neo4j, answers within
 * 20 ms five times in a row, 200 ms apart. A "warm server" is one that is not still warming while the page loads. */
async function settledServer(baseUrl: string): Promise<void> {
  const until = Date.now() + 30_000;
  let prompt = 0;
  while (prompt < 5 && Date.now() < until) {
    const started = performance.now();
    await (await fetch(`${baseUrl}/api/health`)).arrayBuffer();
    prompt = performance.now() - started <= 20 ? prompt + 1 : 0;
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** Opens the explorer on the loaded network and measures it; also returns what it drew at first render. */
export async function benchLarge(
  context: BrowserContext,
  baseUrl: string,
): Promise<{ result: LargeClientResult; drawn: DrawnElements; stepDrawings: [Drawing, Drawing] }> {
  const loadBefore = loadAverage();
  // Measured against a warmed server (its first answer for a fresh network includes one-time work), as bench/client-bench.ts.
  await (await fetch(`${baseUrl}/api/timeline`)).arrayBuffer();
  await settledServer(baseUrl);
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}/`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 180_000 });
    // Taken in the page, as the peer's afterDrawing is: the frame painted after the page set data-ready (two animation
    // frames from then). A double rAF started from here would add the round trip and whatever the page does meanwhile.
    const firstRenderMs = (await page.evaluate('window.__hulian.firstFrame()')) as number;
    const firstRenderRoundTripMs = (await page.evaluate(
      'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now()))))',
    )) as number;
    const breakdown = (await page.evaluate(`(() => {
      const timeline = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === '/api/timeline');
      const marks = Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('hulian:')).map((m) => [m.name.slice(7), Math.round(m.startTime)]));
      const bundle = performance.getEntriesByType('resource').find((e) => { const path = new URL(e.name).pathname; return path.startsWith('/assets/index-') && path.endsWith('.js'); });
      if (bundle) marks['bundle-received'] = Math.round(bundle.responseEnd);
      return { timelineReceivedMs: timeline ? Math.round(timeline.responseEnd) : null, readyMs: window.__hulian.firstDrawMs, pageMarks: marks };
    })()`)) as { timelineReceivedMs: number | null; readyMs: number; pageMarks: Record<string, number> };
    const drawn = (await page.evaluate(DRAWN)) as DrawnElements;
    const renderer = (await page.evaluate('window.__hulian.plan.renderer')) as string;
    await installPageTiming(page);
    const steps = await stepTimes(page);
    const stepDrawings = await twoStepDrawings(page);
    const { actionsMs, detailsNode } = await timeActions(page);
    const { fps, stepsPerSecond } = await play(page);
    const heapMB = await usedHeapMB(page);
    return {
      result: {
        firstRenderMs: round(firstRenderMs),
        firstRenderRoundTripMs: round(firstRenderRoundTripMs),
        ...breakdown,
        stepMs: round(median(steps)),
        fps: round(fps),
        stepsPerSecond: round(stepsPerSecond),
        actionsMs,
        detailsNode,
        heapMB,
        renderer,
        elements: drawn.nodes.length + drawn.edges.length,
        loadAverage: round((loadBefore + loadAverage()) / 2, 2),
      },
      drawn,
      stepDrawings,
    };
  } finally {
    await page.close();
  }
}
