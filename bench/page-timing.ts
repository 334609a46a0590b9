// In-page timing for the browser benchmarks: `window.__bench` times a UI action from just before it to the frame
// painted after its DOM signal (the signal checked on every DOM mutation and every 5 ms, then two animation frames).
import type { Page } from 'playwright-core';

const INSTALL = `(() => {
  const painted = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
  const until = (signal, timeoutMs) => new Promise((done, fail) => {
    if (signal()) return done();
    const started = performance.now();
    const check = () => {
      if (signal()) { observer.disconnect(); clearInterval(timer); done(); }
      else if (performance.now() - started > timeoutMs) { observer.disconnect(); clearInterval(timer); fail(new Error('signal not seen within ' + timeoutMs + ' ms: ' + signal)); }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const timer = setInterval(check, 5);
  });
  let mark = 0;
  window.__bench = {
    painted,
    until,
    mark: () => { mark = performance.now(); },
    /** ms from the last mark() to the painted frame after signal() holds. */
    sinceMark: async (signal, timeoutMs = 60000) => { await until(signal, timeoutMs); await painted(); return performance.now() - mark; },
    /** ms from act() to the painted frame after signal() holds; starts on a settled frame. */
    time: async (act, signal, timeoutMs = 60000) => {
      await painted();
      const started = performance.now();
      act();
      await until(signal, timeoutMs);
      await painted();
      return performance.now() - started;
    },
  };
})()`;

/** Installs `window.__bench` in the page (once per page). */
export async function installPageTiming(page: Page): Promise<void> {
  await page.evaluate(INSTALL);
}

/** Collects the page's garbage through the DevTools protocol, so that a timed action does not pay for the harness's own
 * allocations just before it (reading every drawn element to find a node to click, for instance). */
export async function settleHeap(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
  } finally {
    await cdp.detach();
  }
}

/**
 * Times one action in the page: `act` and `signal` are JavaScript expression texts evaluated in the page (`act` does
 * the UI action, `signal` is true once its result is in the DOM); `settle` starts it from a collected heap (settleHeap).
 * Returns milliseconds.
 */
export async function timeInPage(page: Page, act: string, signal: string, options: { settle?: boolean } = {}): Promise<number> {
  if (options.settle) await settleHeap(page);
  return (await page.evaluate(`window.__bench.time(() => { ${act}; }, () => (${signal}))`)) as number;
}
