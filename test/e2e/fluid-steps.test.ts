// Fluid steps in headless Chromium, on a generated, imported network in its own Neo4j: a step removes the relationships
// that leave the drawing and adds those that arrive (Cytoscape holds only what is drawn); the paint layer (?paint=on)
// follows pan and zoom, hovering a painted relationship shows its tooltip and clicking a painted node opens its details;
// the URL, written once a burst of steps pauses, holds the last date.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, screenshot, stateOnPage } from './_browser.js';
import { startRatingsExplorer, type RatingsExplorer } from './_generated-ratings.js';

const ROWS = 1_500;
const NODES = 300;

interface TestCy {
  edges(): { length: number; filter(f: (e: TestEle) => boolean): { length: number }; map<T>(f: (e: TestEle) => T): T[] };
  getElementById(id: string): TestEle;
  zoom(): number;
  pan(): { x: number; y: number };
  container(): HTMLElement;
}
interface Drawn {
  nodes: { id: string; x: number; y: number }[];
  edges: { id: string; source: string; target: string }[];
}
interface TestEle {
  id(): string;
  hasClass(name: string): boolean;
  visible(): boolean;
  empty(): boolean;
  renderedPosition(): { x: number; y: number };
}

/** The dated relationships Cytoscape holds (element ids), and how many of them are hidden or culled by class. */
const heldEdges = (page: Page) =>
  page.evaluate(`(() => {
    const cy = window.__hulian.cy;
    const edges = cy.edges().filter((e) => !e.hasClass('ownership'));
    return { ids: edges.map((e) => e.id()), hidden: edges.filter((e) => e.hasClass('hidden') || e.hasClass('culled') || !e.visible()).length };
  })()`) as Promise<{ ids: string[]; hidden: number }>;

describe.skipIf(!HAS_CHROMIUM)('fluid steps on a generated network', () => {
  let explorer: RatingsExplorer;
  let baseUrl: string;
  let page: Page;
  let pageErrors: string[];
  let open: RatingsExplorer['open'];

  beforeAll(async () => {
    explorer = await startRatingsExplorer(ROWS, NODES);
    ({ baseUrl, page, pageErrors, open } = explorer);
  }, 300_000);
  afterAll(async () => {
    await explorer?.close();
  });

  /** One ← key press, until body[data-at] shows the new date. */
  const stepBack = async () => {
    const before = await page.evaluate(() => document.body.dataset.at);
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction((at) => document.body.dataset.at !== at, before);
  };

  it(
    'when a window view steps, then relationships that leave are removed and those that arrive are added',
    { timeout: 180_000 },
    async () => {
      await open('?paint=off', 'mode=window&win=1');
      const before = await heldEdges(page);
      await stepBack();
      const after = await heldEdges(page);
      const removed = before.ids.filter((id) => !after.ids.includes(id));
      const added = after.ids.filter((id) => !before.ids.includes(id));
      expect(removed.length).toBeGreaterThan(0);
      expect(added.length).toBeGreaterThan(0);
      // Nothing is held hidden: what Cytoscape holds is what is drawn.
      expect([before.hidden, after.hidden]).toEqual([0, 0]);
      expect(pageErrors).toEqual([]);
    },
  );

  it('should keep the paint layer on Cytoscape’s pan and zoom', { timeout: 180_000 }, async () => {
    await open('?paint=on', 'mode=asof');
    const layer = page.locator('canvas[data-id="hulian-paint"]');
    expect(Number(await layer.getAttribute('data-edges'))).toBeGreaterThan(0);
    const pixels = () => page.evaluate(() => (document.querySelector('canvas[data-id="hulian-paint"]') as HTMLCanvasElement).toDataURL());
    const shown = await pixels();
    const box = (await page.locator('#cy').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 40, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => {
      const cy = (window as unknown as { __hulian: { cy: TestCy } }).__hulian.cy;
      const canvas = document.querySelector('canvas[data-id="hulian-paint"]') as HTMLCanvasElement;
      const [x, y] = (canvas.dataset.pan ?? '').split(',').map(Number);
      return Number(canvas.dataset.zoom) === cy.zoom() && x === cy.pan().x && y === cy.pan().y;
    });
    const zoomed = await page.evaluate(() => (window as unknown as { __hulian: { cy: TestCy } }).__hulian.cy.zoom());
    expect(zoomed).toBeGreaterThan(0);
    expect(await pixels()).not.toBe(shown);
    await screenshot(page, 'fluid-paint-layer-zoomed');
    expect(pageErrors).toEqual([]);
  });

  it('when the pointer rests on a painted relationship, then its tooltip names both ends', { timeout: 180_000 }, async () => {
    await open('?paint=on', 'mode=asof');
    const { nodes, edges } = (await (await fetch(`${baseUrl}/api/graph?at=${(await stateOnPage(page)).at}`)).json()) as {
      nodes: { id: string; name: string }[];
      edges: { source: string; target: string }[];
    };
    // A painted relationship whose middle is clear of nodes and of the other lines (so only it can be under the pointer).
    const target = await page.evaluate(
      ({ pairs }) => {
        const { cy, drawn } = (window as unknown as { __hulian: { cy: TestCy; drawn: () => Drawn } }).__hulian;
        // Painted nodes are not in Cytoscape: their places come from the page's account of what it draws.
        const model = new Map(drawn().nodes.map((n) => [n.id, n]));
        const at = (id: string) => {
          const p = model.get(id) ?? { x: NaN, y: NaN };
          return { x: p.x * cy.zoom() + cy.pan().x, y: p.y * cy.zoom() + cy.pan().y };
        };
        const segments = pairs.map(([s, t]) => [at(s), at(t)] as const);
        const distance = (p: { x: number; y: number }, [a, b]: readonly [{ x: number; y: number }, { x: number; y: number }]) => {
          const [dx, dy] = [b.x - a.x, b.y - a.y];
          const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
          return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
        };
        const rect = cy.container().getBoundingClientRect();
        for (let i = 0; i < segments.length; i++) {
          const [a, b] = segments[i]!;
          const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
          if (mid.x < 40 || mid.y < 40 || mid.x > rect.width - 40 || mid.y > rect.height - 40) continue;
          if (Math.hypot(b.x - a.x, b.y - a.y) < 60) continue;
          if (segments.some((other, j) => j !== i && distance(mid, other) < 10)) continue;
          return { index: i, x: rect.left + mid.x, y: rect.top + mid.y };
        }
        return null;
      },
      { pairs: edges.map((e) => [e.source, e.target] as [string, string]) },
    );
    expect(target, 'no painted relationship stands clear of the others').not.toBeNull();
    const edge = edges[target!.index]!;
    const name = (id: string) => nodes.find((n) => n.id === id)!.name;
    await page.mouse.move(target!.x, target!.y);
    await page.waitForFunction(() => (window as unknown as { __hulian: { cy: TestCy } }).__hulian.cy.container().title !== '');
    const title = await page.evaluate(() => (window as unknown as { __hulian: { cy: TestCy } }).__hulian.cy.container().title);
    expect(title).toContain(`${name(edge.source)} → `);
    expect(title).toContain(` → ${name(edge.target)}`);
    await page.mouse.move(5, 5);
    await page.waitForFunction(() => !(window as unknown as { __hulian: { cy: TestCy } }).__hulian.cy.container().title);
    expect(pageErrors).toEqual([]);
  });

  it('when a painted node is clicked, then its details open and Cytoscape holds it', { timeout: 180_000 }, async () => {
    await open('?paint=on', 'mode=asof');
    const target = await page.evaluate(() => {
      const { cy, drawn } = (window as unknown as { __hulian: { cy: TestCy; drawn: () => Drawn } }).__hulian;
      const rect = cy.container().getBoundingClientRect();
      const nodes = drawn().nodes.filter((n) => cy.getElementById(n.id).empty());
      const screen = nodes.map((n) => ({ id: n.id, x: n.x * cy.zoom() + cy.pan().x, y: n.y * cy.zoom() + cy.pan().y }));
      // A painted node clear of every other drawn node, inside the graph and not under an overlay.
      const clear = screen.find(
        (n) =>
          n.x > 40 &&
          n.y > 40 &&
          n.x < rect.width - 40 &&
          n.y < rect.height - 40 &&
          screen.every((o) => o === n || Math.hypot(o.x - n.x, o.y - n.y) > 14) &&
          cy.container().contains(document.elementFromPoint(rect.left + n.x, rect.top + n.y)),
      );
      return clear ? { id: clear.id, x: rect.left + clear.x, y: rect.top + clear.y } : null;
    });
    expect(target, 'no painted node stands clear of the others').not.toBeNull();
    await page.mouse.click(target!.x, target!.y);
    await page.waitForFunction(
      (id) => (window as unknown as { __hulian: { state: () => { selection: string | null } } }).__hulian.state().selection === id,
      target!.id,
      { timeout: 10_000 },
    );
    expect((await stateOnPage(page)).selection).toBe(target!.id);
    const held = await page.evaluate(
      (id) => !(window as unknown as { __hulian: { cy: TestCy } }).__hulian.cy.getElementById(id).empty(),
      target!.id,
    );
    expect(held).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('when several steps come in a burst, then the URL written after them holds the last date', { timeout: 180_000 }, async () => {
    await open('', 'mode=asof');
    const first = await page.evaluate(() => document.body.dataset.at);
    await page.evaluate(() => {
      const counted = window as unknown as { __writes: number };
      counted.__writes = 0;
      const replace = history.replaceState.bind(history);
      history.replaceState = (...args: Parameters<History['replaceState']>) => {
        counted.__writes++;
        replace(...args);
      };
      for (let i = 0; i < 5; i++)
        document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get('at') === document.body.dataset.at, undefined, {
      timeout: 10_000,
    });
    const { at } = await stateOnPage(page);
    expect(at < first!).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __writes: number }).__writes)).toBe(1);
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('at')).toBe(at);
    expect(await page.evaluate(() => document.body.dataset.at)).toBe(at);
    expect(pageErrors).toEqual([]);
  });
});
