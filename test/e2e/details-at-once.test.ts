// Details at once, in headless Chromium on the bundled network: a selected node's panel is built from the timeline the
// page already holds, before GET /api/nodes/:id answers, and that answer (the same) leaves the panel as it is.
// Expectations come from the API.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson } from '../_server.js';
import { HAS_CHROMIUM, openExplorer, startExplorerSession, type ExplorerSession } from './_browser.js';

interface NodeAnswer {
  node: { id: string; name: string };
  owner: { name: string } | null;
  relationships: { id: string }[];
}

/** Selects node `id` as a tap on it does. */
const tapNode = (page: Page, id: string) =>
  page.evaluate((nodeId) => {
    const cy = (window as unknown as { __hulian: { cy: { getElementById(id: string): { emit(event: string): void } } } }).__hulian.cy;
    cy.getElementById(nodeId).emit('tap');
  }, id);

describe.skipIf(!HAS_CHROMIUM)('Details at once', () => {
  let session: ExplorerSession;

  beforeAll(async () => {
    session = await startExplorerSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it("when the server's answer for a node is held back, then Details shows the node, its owner and relationships from the loaded network", async () => {
    const { page, server } = session;
    await openExplorer(page, server.baseUrl);
    const timeline = (await getJson(server.baseUrl, '/api/timeline')).body as {
      nodes: { id: string; owner: string | null }[];
      edges: { rows: unknown[][]; fields: string[] };
    };
    const sourceAt = timeline.edges.fields.indexOf('source');
    const targetAt = timeline.edges.fields.indexOf('target');
    const degree = new Map<string, number>();
    for (const row of timeline.edges.rows)
      for (const end of [row[sourceAt], row[targetAt]] as string[]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const owned = timeline.nodes.filter((n) => n.owner).sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0))[0]!;
    const expected = (await getJson(server.baseUrl, `/api/nodes/${encodeURIComponent(owned.id)}`)).body as NodeAnswer;

    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    const path = `/api/nodes/${encodeURIComponent(owned.id)}`;
    await page.route(
      (url) => url.pathname === path,
      async (route) => {
        await held;
        await route.continue();
      },
    );
    await tapNode(page, owned.id);
    const heading = page.locator('#details-body .node-name');
    await heading.waitFor({ timeout: 5_000 });
    expect(await heading.innerText()).toContain(expected.node.name);
    expect(await page.locator('#details-body .facts').innerText()).toContain(expected.owner!.name);
    expect(await page.locator('#details-body .rels > li.rel').count()).toBe(Math.min(100, expected.relationships.length));

    // The server's answer says the same: the panel built from the timeline stays (no second build).
    await heading.evaluate((element) => ((element as HTMLElement).dataset.built = 'from-timeline'));
    const answered = page.waitForResponse((response) => new URL(response.url()).pathname === path);
    release();
    await answered;
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await page.locator('#details-body .node-name[data-built="from-timeline"]').count()).toBe(1);
    await page.unroute((url) => url.pathname === path);
    expect(session.pageErrors).toEqual([]);
  });
});
