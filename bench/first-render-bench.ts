// First render, Hulian against the vis-network peer, measured in turns: one unmeasured load of each, then `samples`
// loads of each, alternating, every one a first visit (the browser's HTTP cache emptied before it). One load of each
// swings by a third from run to run on this machine; the medians of alternating loads share its state.
import type { BrowserContext, Page } from 'playwright-core';
import { benchPeer, type DrawnElements } from './peer-bench.js';
import { median, round } from './stats.js';

export interface FirstRenders {
  /** Navigation to the painted frame showing Hulian's first picture (stamped in the page), per measured load. */
  hulianMs: number[];
  /** Navigation to vis-network's first `afterDrawing` of the same elements, per measured load. */
  peerMs: number[];
  hulianMedianMs: number;
  peerMedianMs: number;
  /** The peer's median ÷ Hulian's. */
  ratio: number;
}

/** Empties the browser's HTTP cache (and the compiled code kept with it), so the next load is a first visit. */
async function asFirstVisit(context: BrowserContext): Promise<void> {
  const page: Page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Network.clearBrowserCache');
  } finally {
    await cdp.detach();
  }
}

/** One load of the explorer: ms from navigation to the frame that painted its first picture. */
async function hulianFirstRender(context: BrowserContext, baseUrl: string): Promise<number> {
  const page = await context.newPage();
  try {
    // The interface language a former load left behind is not part of a first visit.
    await page.goto(`${baseUrl}/#lang=en`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 180_000 });
    return (await page.evaluate('window.__hulian.firstFrame()')) as number;
  } finally {
    await page.close();
  }
}

/** Alternates Hulian's and the peer's first render, `samples` of each after one of each unmeasured. */
export async function firstRenderTurns(context: BrowserContext, baseUrl: string, drawn: DrawnElements, samples = 5): Promise<FirstRenders> {
  const hulianMs: number[] = [];
  const peerMs: number[] = [];
  for (let turn = 0; turn <= samples; turn++) {
    await asFirstVisit(context);
    const hulian = await hulianFirstRender(context, baseUrl);
    await asFirstVisit(context);
    const peer = (await benchPeer(context, baseUrl, { drawn })).firstRenderMs;
    if (turn === 0) continue;
    hulianMs.push(round(hulian));
    peerMs.push(round(peer));
  }
  const hulianMedianMs = round(median(hulianMs));
  const peerMedianMs = round(median(peerMs));
  return { hulianMs, peerMs, hulianMedianMs, peerMedianMs, ratio: round(peerMedianMs / hulianMedianMs, 2) };
}
