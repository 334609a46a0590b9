// Client benchmark for one renderer on the loaded network: navigation to the first drawn graph, one year step
// (to the painted frame after it, and the synchronous part alone: state change and class changes), frames per second
// during play at 4×, the JS heap, and the floor under a step: one full redraw with nothing changed.
import type { BrowserContext } from 'playwright-core';
import { NEXT_FRAME, usedHeapMB } from './browser.js';
import { median, round } from './stats.js';

export interface ClientResult {
  firstRenderMs: number;
  stepMs: number;
  applyMs: number;
  redrawMs: number;
  fps: number;
  heapMB: number;
  elements: number;
  renderer: string;
}

const STEPS = 8;
const PLAY_MS = 5_000;

/** Opens the explorer with `?renderer=` and measures it. */
export async function benchClient(context: BrowserContext, baseUrl: string, renderer: 'canvas' | 'webgl'): Promise<ClientResult> {
  // The server's first answer for a freshly loaded network includes its one-time work (cold plans, the layout); the
  // client is measured against a warmed server, as the server benchmark measures after warm-ups.
  await (await fetch(`${baseUrl}/api/timeline`)).arrayBuffer();
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}/?renderer=${renderer}`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
    const firstRenderMs = (await page.evaluate(`${NEXT_FRAME}.then(() => performance.now())`)) as number;
    // Drawn elements by the page's own account (relationships on the paint layer count), else Cytoscape's visible ones.
    const info = await page.evaluate(() => {
      const hook = (
        window as unknown as {
          __hulian: {
            cy: { elements(s: string): { length: number } };
            plan: { renderer: string };
            drawn?: () => { nodes: unknown[]; edges: unknown[] };
          };
        }
      ).__hulian;
      const drawn = hook.drawn?.();
      return {
        elements: drawn ? drawn.nodes.length + drawn.edges.length : hook.cy.elements(':visible').length,
        renderer: hook.plan.renderer,
      };
    });
    const steps = (await page.evaluate(`(async () => {
      const painted = [];
      const applied = [];
      for (let i = 0; i < ${STEPS}; i++) {
        const key = i % 2 === 0 ? 'ArrowLeft' : 'ArrowRight';
        await ${NEXT_FRAME};
        const started = performance.now();
        document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
        applied.push(performance.now() - started);
        await ${NEXT_FRAME};
        painted.push(performance.now() - started);
      }
      return { painted, applied };
    })()`)) as { painted: number[]; applied: number[] };
    // The floor under any step: one full redraw with nothing changed (Cytoscape's renderer, called directly).
    const redraws = (await page.evaluate(`(async () => {
      const renderer = window.__hulian.cy.renderer();
      const samples = [];
      for (let i = 0; i < 5; i++) {
        await ${NEXT_FRAME};
        const started = performance.now();
        renderer.redrawHint('eles', true);
        renderer.render({ drawAllLayers: true });
        samples.push(performance.now() - started);
      }
      return samples;
    })()`)) as number[];
    const fps = (await page.evaluate(`(async () => {
      const speed = document.getElementById('speed');
      speed.value = '250';
      speed.dispatchEvent(new Event('change'));
      document.getElementById('loop').checked = true;
      document.getElementById('play').click();
      let frames = 0;
      const started = performance.now();
      await new Promise((done) => {
        const tick = () => { frames++; if (performance.now() - started < ${PLAY_MS}) requestAnimationFrame(tick); else done(); };
        requestAnimationFrame(tick);
      });
      const seconds = (performance.now() - started) / 1000;
      document.getElementById('play').click();
      return frames / seconds;
    })()`)) as number;
    const heapMB = await usedHeapMB(page);
    return {
      firstRenderMs: round(firstRenderMs),
      stepMs: round(median(steps.painted)),
      applyMs: round(median(steps.applied)),
      redrawMs: round(median(redraws)),
      fps: round(fps),
      heapMB,
      ...info,
    };
  } finally {
    await page.close();
  }
}
