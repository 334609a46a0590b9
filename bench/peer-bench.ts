// The peer: the same graph (every node at the server's positions, the edges in force on the day shown plus those that
// ended in its year, and the ownership links) drawn by vis-network, timed from navigation to the painted frame of its first `afterDrawing`.
// Physics is off and improvedLayout is off, so vis-network only draws (as Hulian does with preset positions).
// For the large network the peer draws exactly the elements Hulian drew (`DrawnElements`, read from its Cytoscape).
// Both are stamped alike: in a task posted from the animation frame that draws the graph, which runs once that frame
// is painted (vis-network's afterDrawing comes inside its frame; Hulian's firstFrame() is a rAF, then a task).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext } from 'playwright-core';
import { round } from './stats.js';

const require = createRequire(import.meta.url);
const VIS_SCRIPT = readFileSync(require.resolve('vis-network/standalone/umd/vis-network.min.js'), 'utf8');

/** The page script's stamp: `window.__peerFirstDraw` once the frame vis-network drew in has been painted. */
const STAMP_AFTER_PAINT = `const stampAfterPaint = () => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => { window.__peerFirstDraw = performance.now(); };
  channel.port2.postMessage(null);
};`;

/** The page: fetches /api/timeline like the explorer (decoding its edge rows to objects), builds the same elements, and records the first draw. */
function peerPage(at: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><script src="/__peer/vis-network.min.js"></script></head>
<body style="margin:0"><div id="net" style="width:100vw;height:100vh"></div><script>
${STAMP_AFTER_PAINT}
(async () => {
  const timeline = await (await fetch('/api/timeline')).json();
  const { fields, rows } = timeline.edges;
  timeline.edges = rows.map((row) => Object.fromEntries(fields.map((field, i) => [field, row[i]])));
  const at = ${JSON.stringify(at)};
  const yearBefore = String(Number(at.slice(0, 4)) - 1) + at.slice(4);
  const shown = timeline.edges.filter((e) => e.since <= at && (e.until === null || e.until > yearBefore));
  const position = (id) => timeline.positions ? timeline.positions[id] : null;
  const nodes = timeline.nodes.map((n) => ({ id: n.id, label: n.name, group: n.group, x: position(n.id)?.[0], y: position(n.id)?.[1] }));
  const edges = shown.map((e) => ({ id: e.id, from: e.source, to: e.target, arrows: 'to' }))
    .concat(timeline.nodes.filter((n) => n.owner).map((n) => ({ id: 'owns:' + n.id, from: n.owner, to: n.id, dashes: true })));
  window.__peerElements = nodes.length + edges.length;
  const network = new vis.Network(document.getElementById('net'), { nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges) },
    { physics: false, layout: { improvedLayout: false }, edges: { smooth: false }, interaction: { hideEdgesOnDrag: true } });
  network.once('afterDrawing', stampAfterPaint);
})();
</script></body></html>`;
}

/** What Hulian drew: visible nodes at their model positions and visible edges. */
export interface DrawnElements {
  nodes: { id: string; x: number; y: number }[];
  edges: { id: string; source: string; target: string }[];
}

/** The page for given elements: fetches /api/timeline as the explorer does (for the names), then draws `drawn`. */
function drawnPeerPage(drawn: DrawnElements): string {
  const inline = JSON.stringify(drawn).replace(/</g, '\\u003c');
  return `<!doctype html><html><head><meta charset="utf-8"><script src="/__peer/vis-network.min.js"></script></head>
<body style="margin:0"><div id="net" style="width:100vw;height:100vh"></div>
<script type="application/json" id="drawn">${inline}</script><script>
${STAMP_AFTER_PAINT}
(async () => {
  const timeline = await (await fetch('/api/timeline')).json();
  const drawn = JSON.parse(document.getElementById('drawn').textContent);
  const names = new Map(timeline.nodes.map((n) => [n.id, n.name]));
  const nodes = drawn.nodes.map((n) => ({ id: n.id, label: names.get(n.id) ?? n.id, x: n.x, y: n.y }));
  const edges = drawn.edges.map((e) => ({ id: e.id, from: e.source, to: e.target, arrows: 'to' }));
  window.__peerElements = nodes.length + edges.length;
  const network = new vis.Network(document.getElementById('net'), { nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges) },
    { physics: false, layout: { improvedLayout: false }, edges: { smooth: false }, interaction: { hideEdgesOnDrag: true } });
  network.once('afterDrawing', stampAfterPaint);
})();
</script></body></html>`;
}

/** Navigates to the peer page on the explorer's origin (so it fetches the same /api/timeline) and times its first
 * draw: of the edges shown at `at`, or of exactly the elements `drawn`. */
export async function benchPeer(
  context: BrowserContext,
  baseUrl: string,
  what: { at: string } | { drawn: DrawnElements },
): Promise<{ firstRenderMs: number; elements: number }> {
  const html = 'at' in what ? peerPage(what.at) : drawnPeerPage(what.drawn);
  const page = await context.newPage();
  try {
    await page.route(`${baseUrl}/__peer/**`, (route) => {
      const isScript = route.request().url().endsWith('.js');
      return route.fulfill({ contentType: isScript ? 'text/javascript' : 'text/html', body: isScript ? VIS_SCRIPT : html });
    });
    await page.goto(`${baseUrl}/__peer/index.html`);
    await page.waitForFunction(() => (window as unknown as { __peerFirstDraw?: number }).__peerFirstDraw !== undefined, undefined, {
      timeout: 300_000,
    });
    const result = await page.evaluate(() => {
      const w = window as unknown as { __peerFirstDraw: number; __peerElements: number };
      return { firstRenderMs: w.__peerFirstDraw, elements: w.__peerElements };
    });
    return { firstRenderMs: round(result.firstRenderMs), elements: result.elements };
  } finally {
    await page.close();
  }
}
