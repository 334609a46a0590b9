// Floors under Hulian's step, in the same browser and run: the same positions and the same two per-step drawings
// (what Hulian drew at two neighbouring dates), stepped back and forth (1) by the simplest Canvas2D loop (one path per
// colour, circles, 30 labels) and (2) by a bare Cytoscape holding only the current step (remove what leaves, add what
// arrives, in one batch). Each step is timed as Hulian's: from the step to two animation frames after it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext } from 'playwright-core';
import { installPageTiming, timeInPage } from './page-timing.js';
import { median, round } from './stats.js';

const require = createRequire(import.meta.url);
const CYTOSCAPE_SCRIPT = readFileSync(require.resolve('cytoscape/dist/cytoscape.min.js'), 'utf8');
const STEPS = 10;

/** One drawing: nodes at their model positions, relationships with their colours. */
export interface Drawing {
  nodes: { id: string; x: number; y: number }[];
  edges: { id: string; source: string; target: string; colour: string }[];
}

/** The shared page part: the two drawings, a viewport fitting both, and `step()` that swaps between them. */
const SHARED = `
  const [a, b] = JSON.parse(document.getElementById('drawings').textContent);
  const all = [...a.nodes, ...b.nodes];
  const [x0, x1] = [Math.min(...all.map((n) => n.x)), Math.max(...all.map((n) => n.x))];
  const [y0, y1] = [Math.min(...all.map((n) => n.y)), Math.max(...all.map((n) => n.y))];
  const width = innerWidth, height = innerHeight;
  const zoom = Math.min((width - 60) / Math.max(1, x1 - x0), (height - 60) / Math.max(1, y1 - y0));
  const pan = { x: width / 2 - ((x0 + x1) / 2) * zoom, y: height / 2 - ((y0 + y1) / 2) * zoom };
  let shown = 0;
  const drawings = [a, b];`;

function canvasPage(): string {
  return `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0"><canvas id="c"></canvas><script>
(() => {${SHARED}
  const canvas = document.getElementById('c');
  canvas.width = width; canvas.height = height;
  const ctx = canvas.getContext('2d');
  const draw = ({ nodes, edges }) => {
    const at = new Map(nodes.map((n) => [n.id, n]));
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.setTransform(zoom, 0, 0, zoom, pan.x, pan.y);
    ctx.lineWidth = Math.max(1, 0.6 / zoom);
    ctx.globalAlpha = 0.6;
    const byColour = new Map();
    for (const e of edges) (byColour.get(e.colour) ?? byColour.set(e.colour, []).get(e.colour)).push(e);
    for (const [colour, list] of byColour) {
      ctx.strokeStyle = colour;
      ctx.beginPath();
      for (const e of list) { const s = at.get(e.source), t = at.get(e.target); ctx.moveTo(s.x, s.y); ctx.lineTo(t.x, t.y); }
      ctx.stroke();
    }
    ctx.globalAlpha = 1;
    ctx.fillStyle = '#4e79a7';
    ctx.beginPath();
    for (const n of nodes) { ctx.moveTo(n.x + 10, n.y); ctx.arc(n.x, n.y, 10, 0, 2 * Math.PI); }
    ctx.fill();
    ctx.fillStyle = '#212529';
    ctx.font = (12 / zoom) + 'px sans-serif';
    for (const n of nodes.slice(0, 30)) ctx.fillText(n.id, n.x, n.y + 22 / zoom);
  };
  draw(drawings[0]);
  window.__ref = { step: () => { shown = 1 - shown; draw(drawings[shown]); document.body.dataset.at = String(shown); } };
  document.body.dataset.ready = 'true';
})();
</script>`;
}

function cytoscapePage(): string {
  return `<!doctype html><html><head><meta charset="utf-8"><script src="/__reference/cytoscape.min.js"></script></head>
<body style="margin:0"><div id="cy" style="width:100vw;height:100vh"></div><script>
(() => {${SHARED}
  const elements = ({ nodes, edges }) => [
    ...nodes.map((n) => ({ group: 'nodes', data: { id: n.id }, position: { x: n.x, y: n.y } })),
    ...edges.map((e) => ({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, color: e.colour } })),
  ];
  const cy = cytoscape({
    container: document.getElementById('cy'), elements: elements(drawings[0]), layout: { name: 'preset' }, pixelRatio: 1,
    hideEdgesOnViewport: true, textureOnViewport: true, zoom, pan,
    style: [
      { selector: 'node', style: { width: 20, height: 20, 'background-color': '#4e79a7', label: 'data(id)', 'font-size': 10, 'min-zoomed-font-size': 9 } },
      { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, width: 1, 'line-color': 'data(color)', opacity: 0.6 } },
    ],
  });
  const ids = (d) => new Set([...d.nodes.map((n) => n.id), ...d.edges.map((e) => e.id)]);
  const idSets = drawings.map(ids);
  window.__ref = { step: () => {
    const next = 1 - shown;
    cy.batch(() => {
      cy.elements().filter((ele) => !idSets[next].has(ele.id())).remove();
      cy.add(elements(drawings[next]).filter((d) => cy.getElementById(d.data.id).empty()));
    });
    shown = next;
    document.body.dataset.at = String(shown);
  } };
  cy.one('render', () => { document.body.dataset.ready = 'true'; });
})();
</script>`;
}

/** Steps `page` STEPS times through `window.__ref.step()`; the median, in ms. */
async function stepMedian(context: BrowserContext, baseUrl: string, html: string, drawings: [Drawing, Drawing]): Promise<number> {
  const inline = JSON.stringify(drawings).replace(/</g, '\\u003c');
  const body = html.replace('<script>', `<script type="application/json" id="drawings">${inline}</script><script>`);
  const page = await context.newPage();
  try {
    await page.route(`${baseUrl}/__reference/**`, (route) => {
      const isScript = route.request().url().endsWith('.js');
      return route.fulfill({ contentType: isScript ? 'text/javascript' : 'text/html', body: isScript ? CYTOSCAPE_SCRIPT : body });
    });
    await page.goto(`${baseUrl}/__reference/index.html`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
    await installPageTiming(page);
    const samples: number[] = [];
    for (let i = 0; i < STEPS; i++) {
      await page.evaluate('window.__atBefore = document.body.dataset.at');
      samples.push(await timeInPage(page, 'window.__ref.step()', 'document.body.dataset.at !== window.__atBefore'));
    }
    return round(median(samples));
  } finally {
    await page.close();
  }
}

/** The Canvas2D reference's and the bare Cytoscape's step between the two drawings. */
export async function benchReferences(
  context: BrowserContext,
  baseUrl: string,
  drawings: [Drawing, Drawing],
): Promise<{ referenceStepMs: number; cytoscapeHoldingStepMs: number }> {
  const referenceStepMs = await stepMedian(context, baseUrl, canvasPage(), drawings);
  const cytoscapeHoldingStepMs = await stepMedian(context, baseUrl, cytoscapePage(), drawings);
  return { referenceStepMs, cytoscapeHoldingStepMs };
}
