// Exports of a painted network in headless Chromium (?paint=on, a generated ratings network): the PNG and the SVG hold
// the relationships and nodes of the paint layer besides Cytoscape's labelled nodes, and the view on screen is left as
// it was; so do the GIF replay's frames.
import { readFileSync } from 'node:fs';
import { GifReader } from 'omggif';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM } from './_browser.js';
import { startRatingsExplorer, type RatingsExplorer } from './_generated-ratings.js';

interface TestCy {
  zoom(level?: { level: number; renderedPosition: { x: number; y: number } }): number;
  pan(): { x: number; y: number };
  png(options: object): string;
  nodes(selector: string): { map<T>(f: (n: { data(key: string): string }) => T): T[] };
}
/** The page's window as these tests read it (page functions are sent as their text: they name it themselves). */
type HulianWindow = { __hulian: { cy: TestCy } };
/** The view on screen: zoom and pan. */
const viewOf = (page: Page) =>
  page.evaluate(() => {
    const { cy } = (window as unknown as HulianWindow).__hulian;
    return { zoom: cy.zoom(), pan: cy.pan() };
  });

/** Non-white pixels of a PNG (decoded in the page), and its size. */
const inkOf = (page: Page, base64: string) =>
  page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: image.naturalWidth, height: image.naturalHeight });
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let ink = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 235 || pixels[i + 1]! < 235 || pixels[i + 2]! < 235) ink++;
    return { ink, width: canvas.width, height: canvas.height };
  }, base64);

describe.skipIf(!HAS_CHROMIUM)('exports of a painted network', () => {
  let explorer: RatingsExplorer;
  let page: Page;

  beforeAll(async () => {
    explorer = await startRatingsExplorer(1_500, 300, 20261208);
    page = explorer.page;
  }, 300_000);
  afterAll(async () => {
    await explorer?.close();
  });

  /** Opens the painted network, fits it, then zooms in, so the whole network and the view on screen differ. */
  const openZoomedIn = async () => {
    await explorer.open('?paint=on', 'mode=asof');
    expect(Number(await page.locator('canvas[data-id="hulian-paint"]').getAttribute('data-edges'))).toBeGreaterThan(100);
    await page.evaluate(() => {
      const { cy } = (window as unknown as HulianWindow).__hulian;
      cy.zoom({ level: cy.zoom() * 3, renderedPosition: { x: 200, y: 200 } });
    });
    return viewOf(page);
  };
  const exported = async (kind: 'png' | 'svg' | 'gif') => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#export-${kind}`)]);
    return readFileSync((await download.path())!);
  };

  it('when a painted network is exported as PNG, then the picture holds its painted relationships and the view stays', async () => {
    const view = await openZoomedIn();
    const png = await exported('png');
    expect(await viewOf(page)).toEqual(view);
    const picture = await inkOf(page, png.toString('base64'));
    // Cytoscape's own image of what it holds (the labelled nodes), at the same size: what the export gave before.
    const held = await page.evaluate(
      ({ width, height }) =>
        (window as unknown as HulianWindow).__hulian.cy
          .png({ full: true, maxWidth: width, maxHeight: height, bg: '#ffffff' })
          .split(',')[1]!,
      picture,
    );
    const cytoscapeAlone = await inkOf(page, held);
    console.log(`e2e export: PNG ${picture.width}×${picture.height}, ink ${picture.ink} px; Cytoscape alone ${cytoscapeAlone.ink} px`);
    expect(picture.ink).toBeGreaterThan(3 * cytoscapeAlone.ink);
    expect(explorer.pageErrors).toEqual([]);
  });

  it('when a painted network is exported as SVG, then it draws every painted relationship and node besides the labels', async () => {
    const view = await openZoomedIn();
    const svg = (await exported('svg')).toString('utf8');
    expect(await viewOf(page)).toEqual(view);
    const counts = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const painted = doc.querySelector('g[data-id="hulian-paint"]');
      const paths = [...(painted?.querySelectorAll('path') ?? [])].map((p) => p.getAttribute('d') ?? '');
      const layer = document.querySelector('canvas[data-id="hulian-paint"]') as HTMLCanvasElement;
      return {
        parseError: doc.querySelector('parsererror')?.textContent ?? null,
        segments: paths.filter((d) => d.includes('L')).reduce((sum, d) => sum + (d.match(/L/g)?.length ?? 0), 0),
        circles: paths.filter((d) => !d.includes('L')).reduce((sum, d) => sum + (d.match(/M/g)?.length ?? 0), 0),
        painted: { edges: Number(layer.dataset.edges), nodes: Number(layer.dataset.nodes) },
        text: doc.documentElement.textContent ?? '',
      };
    }, svg);
    expect(counts.parseError).toBeNull();
    expect(counts.segments).toBe(counts.painted.edges);
    expect(counts.circles).toBe(counts.painted.nodes);
    const labels = await page.evaluate(() => (window as unknown as HulianWindow).__hulian.cy.nodes('.top').map((n) => n.data('label')));
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(counts.text).toContain(label);
  });

  it('when a painted network is exported as a GIF replay, then its frames hold the painted relationships too', async () => {
    await openZoomedIn();
    const gif = new GifReader(new Uint8Array(await exported('gif')));
    const pixels = new Uint8Array(gif.width * gif.height * 4);
    gif.decodeAndBlitFrameRGBA(gif.numFrames() - 1, pixels);
    // Ink under the frame's top third, clear of the date printed at its top left.
    let ink = 0;
    for (let i = gif.width * Math.ceil(gif.height / 3) * 4; i < pixels.length; i += 4)
      if (pixels[i]! < 235 || pixels[i + 1]! < 235 || pixels[i + 2]! < 235) ink++;
    // Cytoscape's own image of the view at the frames' size: what each frame held before.
    const held = await page.evaluate(
      ({ width, height }) =>
        (window as unknown as HulianWindow).__hulian.cy
          .png({ full: false, maxWidth: width, maxHeight: height, bg: '#ffffff' })
          .split(',')[1]!,
      { width: gif.width, height: gif.height },
    );
    const cytoscapeAlone = await inkOf(page, held);
    console.log(
      `e2e export: GIF ${gif.width}×${gif.height}, ${gif.numFrames()} frames, last frame's lower two thirds ink ${ink} px; Cytoscape alone ${cytoscapeAlone.ink} px`,
    );
    expect(ink).toBeGreaterThan(3 * cytoscapeAlone.ink);
    expect(explorer.pageErrors).toEqual([]);
  });
});
