// Captions from the data (issue 22), in headless Chromium: a foreign database whose :Person nodes carry nothing but an
// integer `id` shows that id ("Person 7") everywhere — graph, legend groups, change log, Details, tooltips, the lens
// panel's caption choice — and never a Neo4j element id. The run's one Neo4j is emptied and the flagship put back after.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.js';
import { getJson, testDatabase } from '../_server.js';
import { build, emptyEverything, restoreFlagship } from '../integration/_foreign-db.js';
import { CHROMIUM, HAS_CHROMIUM, openExplorer, screenshot, startExplorerSession, type ExplorerSession } from './_browser.js';

if (!HAS_CHROMIUM) console.warn(`e2e: SKIPPED — no Chromium at ${CHROMIUM}.`);

/** A Neo4j 5 element id ("4:<uuid>:145") anywhere in a text. */
const ELEMENT_ID = /\d+:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(:\d+)?/i;
const PEOPLE = 90;

/** Every text a reader can see or hear on the page: visible text, titles, aria labels, the graph's node labels and the
 * tooltip of each edge; each one that holds an element id. */
const elementIdsOnPage = (page: Page) =>
  page.evaluate((pattern) => {
    const re = new RegExp(pattern, 'i');
    const seen: string[] = [document.body.innerText, document.title];
    for (const el of document.querySelectorAll('[title], [aria-label]'))
      seen.push(el.getAttribute('title') ?? '', el.getAttribute('aria-label') ?? '');
    type Element = { data(key: string): unknown; emit(event: string): void };
    type Cy = { nodes(): Element[]; edges(): Element[]; container(): HTMLElement };
    const cy = (window as unknown as { __hulian: { cy: Cy } }).__hulian.cy;
    for (const n of cy.nodes()) seen.push(String(n.data('label') ?? ''));
    for (const e of cy.edges().slice(0, 40)) {
      e.emit('mouseover');
      seen.push(cy.container().title);
    }
    return seen.filter((text) => re.test(text)).map((text) => text.match(re)![0]);
  }, ELEMENT_ID.source);

describe.skipIf(!HAS_CHROMIUM)('captions on a foreign database whose nodes carry only an integer id', () => {
  let db: Database;
  let session: ExplorerSession;
  let page: Page;

  beforeAll(async () => {
    db = testDatabase(30_000);
    await emptyEverything(db);
    // Three loose clusters of people (so communities form), each rating others in its cluster, a few across.
    await build(db, 'UNWIND range(1, $n) AS i CREATE (:Person {id: i})', { n: PEOPLE });
    await build(
      db,
      `MATCH (a:Person), (b:Person)
       WHERE a.id <> b.id AND ((a.id % 3 = b.id % 3 AND (a.id * 7 + b.id) % 5 = 0) OR (a.id * 13 + b.id) % 97 = 0)
       CREATE (a)-[:RATED {score: (a.id + b.id) % 10, at: datetime({epochSeconds: 1600000000 + (a.id * 7919 + b.id * 104729) % 40000000})}]->(b)`,
    );
    session = await startExplorerSession();
    page = session.page;
  }, 300_000);
  afterAll(async () => {
    await session?.close();
    await restoreFlagship(db);
    await db.close();
  }, 180_000);

  it("should caption every node with its own id, and name no node after an element id in the API's answers", async () => {
    const { body: timeline } = await getJson(session.server.baseUrl, '/api/timeline');
    const names = (timeline.nodes as { name: string }[]).map((n) => n.name);
    expect(names.length).toBe(PEOPLE);
    expect(names.filter((name) => ELEMENT_ID.test(name))).toEqual([]);
    expect(new Set(names)).toEqual(new Set(Array.from({ length: PEOPLE }, (_, i) => `Person ${i + 1}`)));
    const groups = (timeline.grouping?.groups ?? []) as { label: string }[];
    expect(groups.length).toBeGreaterThan(1);
    for (const g of groups) expect(g.label).toMatch(/^(around )?Person \d+$|^Other$/);
  });

  it('should show no element id anywhere on the page: graph, legend, change log, tooltips', async () => {
    await openExplorer(page, session.server.baseUrl);
    await page.waitForSelector('#change-list li');
    expect(await elementIdsOnPage(page)).toEqual([]);
    expect(await page.locator('#legend-groups').innerText()).toMatch(/around Person \d+/);
    await screenshot(page, 'first-picture-captions-graph');
    expect(session.pageErrors).toEqual([]);
  });

  it("should show a node's own id in Details and its neighbours, with no element id", async () => {
    const { body: timeline } = await getJson(session.server.baseUrl, '/api/timeline');
    const node = (timeline.nodes as { id: string; name: string }[]).find((n) => n.name === 'Person 3')!;
    await openExplorer(page, session.server.baseUrl, new URLSearchParams({ sel: node.id, tab: 'details' }).toString());
    await page.waitForSelector('#details-body .rels');
    expect(await page.locator('#details-body').innerText()).toContain('Person 3');
    expect(await elementIdsOnPage(page)).toEqual([]);
    await screenshot(page, 'first-picture-captions-details');
  });

  it('should name the caption discovery chose in the lens panel (the id), with no element id in the panel', async () => {
    const { body: ready } = await getJson(session.server.baseUrl, '/api/ready');
    expect(ready.lens.choices.filter((c: { about: string }) => c.about === 'caption')).toEqual([]);
    await openExplorer(page, session.server.baseUrl);
    await page.locator('#lens-panel summary').click();
    expect(await page.locator('#lens-panel').innerText()).not.toMatch(ELEMENT_ID);
    expect(session.pageErrors).toEqual([]);
  });
});
