// Headless Chromium for the client benchmark: Debian's Chromium through playwright-core, with SwiftShader as the
// software GL so Cytoscape's WebGL renderer runs without a GPU, and canvas 2D drawn by Skia on the CPU (2D on top of
// SwiftShader is many times slower). The JS heap is read through the DevTools protocol.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const VIEWPORT = { width: 1280, height: 800 };

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-accelerated-2d-canvas',
  '--enable-precise-memory-info',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
];

/** Launches Chromium with a temporary profile; `close()` removes it. */
export async function launchBenchBrowser(): Promise<{ context: BrowserContext; version: string; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'hulian-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: VIEWPORT,
  });
  const version = context.browser()?.version() ?? 'unknown';
  return {
    context,
    version,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Resolves in the page once the next frame has been painted (rAF, then a task after it). */
export const NEXT_FRAME = 'new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))';

/** The page's used JS heap in MB after a garbage collection, through the DevTools protocol. */
export async function usedHeapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return Math.round((usedSize / 1024 / 1024) * 10) / 10;
  } finally {
    await cdp.detach();
  }
}

/** The renderer names Chromium reports for WebGL (to show that SwiftShader is the GL in use). */
export function webglRendererInfo(page: Page): Promise<string> {
  return page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return 'no WebGL2';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
  });
}
