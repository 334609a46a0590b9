// The level of detail, computed from data alone: above the budget only relationships among the best-connected nodes
// are drawn, never more than the budget, while pinned elements and groups shown in full always are.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../server/analysis/seeded-random';
import { viewClasses, type ElementIndex, type RenderInput } from '../../client/src/graph/classes';
import { applyLevelOfDetail, budgetFromQuery, DEFAULT_EDGE_BUDGET, type LodSettings } from '../../client/src/graph/lod';
import { snapshot } from '../../client/src/lib/temporal';
import { defaultViewState } from '../../client/src/lib/view-state';

const NODES = 300;
const EDGES = 2000;
const random = seededRandom(7);
// Skewed degrees: low node numbers are picked far more often, so "best connected" means something.
const pick = () => Math.floor(NODES * random() ** 2);
const dated = Array.from({ length: EDGES }, (_, i) => {
  const source = pick();
  const target = (source + 1 + Math.floor(random() * (NODES - 1))) % NODES;
  const year = 2010 + Math.floor(random() * 10);
  return { id: `r${i}`, source: `n${source}`, target: `n${target}`, type: 'LINKS', since: `${year}-06-01`, until: null };
});
const index: ElementIndex = {
  nodes: Array.from({ length: NODES }, (_, i) => ({ id: `n${i}`, kind: 'Node', group: `g${i % 5}` })),
  edges: dated.map((e) => ({ elementId: `e:${e.id}`, apiId: e.id, type: e.type, source: e.source, target: e.target })),
  ownership: [],
};
const input = (at: string): RenderInput => ({
  snapshot: snapshot(dated, at, { mode: 'asof', precision: 'year', windowYears: 3 }),
  compare: null,
  filters: defaultViewState().filters,
  focusSet: null,
});
const settings = (patch: Partial<LodSettings> = {}): LodSettings => ({
  budget: 500,
  pinnedNodes: new Set(),
  pinnedEdges: new Set(),
  fullGroups: new Set(),
  ...patch,
});
const has = (list: string | undefined, name: string) => (list ?? '').split(' ').includes(name);
const drawn = (classes: Map<string, string>, id: string) => !has(classes.get(id), 'hidden') && !has(classes.get(id), 'culled');

/** Shown degree of every node in a view (from the classes before the level of detail). */
function shownDegrees(classes: Map<string, string>): Map<string, number> {
  const degree = new Map<string, number>();
  for (const e of index.edges)
    if (!has(classes.get(e.elementId), 'hidden')) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  return degree;
}

describe('budgetFromQuery', () => {
  it('should fall back to the default for a missing, zero, negative or non-numeric budget', () => {
    for (const search of ['', '?budget=', '?budget=0', '?budget=-5', '?budget=lots', '?budget=2.5'])
      expect(budgetFromQuery(search)).toBe(DEFAULT_EDGE_BUDGET);
  });

  it('should take a positive whole budget from ?budget=', () => {
    expect(budgetFromQuery('?renderer=canvas&budget=120')).toBe(120);
  });
});

describe('applyLevelOfDetail', () => {
  it('when the view shows no more than the budget, then nothing is culled', () => {
    const classes = viewClasses(index, input('2019-12-31'));
    const shown = index.edges.filter((e) => !has(classes.get(e.elementId), 'hidden')).length;
    const result = applyLevelOfDetail(index, classes, settings({ budget: shown }));
    expect(result).toEqual({ shownEdges: shown, drawnEdges: shown });
    expect([...classes.values()].some((list) => has(list, 'culled'))).toBe(false);
  });

  it('when the view shows more than the budget, then at most the budget is drawn, and counts say so', () => {
    const classes = viewClasses(index, input('2019-12-31'));
    const result = applyLevelOfDetail(index, classes, settings());
    const drawnEdges = index.edges.filter((e) => drawn(classes, e.elementId));
    expect(result.shownEdges).toBeGreaterThan(500);
    expect(result.drawnEdges).toBe(drawnEdges.length);
    expect(result.drawnEdges).toBeLessThanOrEqual(500);
    expect(result.drawnEdges).toBeGreaterThan(0);
  });

  it('when thinning, then every drawn edge joins drawn nodes, and drawn nodes are better connected than culled ones', () => {
    const classes = viewClasses(index, input('2019-12-31'));
    const degree = shownDegrees(classes);
    applyLevelOfDetail(index, classes, settings());
    for (const e of index.edges.filter((x) => drawn(classes, x.elementId))) {
      expect(drawn(classes, e.source)).toBe(true);
      expect(drawn(classes, e.target)).toBe(true);
    }
    const drawnForDegree = index.nodes.filter((n) => drawn(classes, n.id)).map((n) => degree.get(n.id) ?? 0);
    const culledDegrees = index.nodes.filter((n) => has(classes.get(n.id), 'culled')).map((n) => degree.get(n.id) ?? 0);
    expect(drawnForDegree.length).toBeGreaterThan(0);
    expect(Math.min(...drawnForDegree)).toBeGreaterThanOrEqual(Math.max(...culledDegrees));
  });

  it('should always draw pinned nodes and edges (with their ends), whatever the budget', () => {
    const classes = viewClasses(index, input('2019-12-31'));
    const loneliest = [...shownDegrees(classes)].sort((a, b) => a[1] - b[1])[0]![0];
    const edge = index.edges.find((e) => !has(classes.get(e.elementId), 'hidden') && e.source !== loneliest)!;
    applyLevelOfDetail(index, classes, settings({ budget: 1, pinnedNodes: new Set([loneliest]), pinnedEdges: new Set([edge.elementId]) }));
    for (const id of [loneliest, edge.elementId, edge.source, edge.target]) expect(drawn(classes, id)).toBe(true);
  });

  it('when a group is shown in full, then all its shown nodes are drawn, and its relationships among drawn nodes', () => {
    const classes = viewClasses(index, input('2019-12-31'));
    applyLevelOfDetail(index, classes, settings({ budget: 10, fullGroups: new Set(['g3']) }));
    const members = index.nodes.filter((n) => n.group === 'g3' && !has(classes.get(n.id), 'hidden'));
    expect(members.length).toBeGreaterThan(0);
    for (const n of members) expect(drawn(classes, n.id)).toBe(true);
    for (const e of index.edges) {
      const inGroup = members.some((n) => n.id === e.source || n.id === e.target);
      if (inGroup && !has(classes.get(e.elementId), 'hidden') && drawn(classes, e.source) && drawn(classes, e.target))
        expect(drawn(classes, e.elementId)).toBe(true);
    }
  });

  it('when every shown edge fits the budget but the shown nodes do not, then only isolated nodes are culled, pinned ones kept', () => {
    const classes = viewClasses(index, input('2010-12-31'));
    const shownEdges = index.edges.filter((e) => !has(classes.get(e.elementId), 'hidden')).length;
    const isolated = index.nodes.filter((n) => has(classes.get(n.id), 'isolated')).map((n) => n.id);
    expect(isolated.length).toBeGreaterThan(1);
    const [pinned, ...rest] = isolated;
    const result = applyLevelOfDetail(
      index,
      classes,
      settings({ budget: Math.max(shownEdges, NODES - 1), pinnedNodes: new Set([pinned!]) }),
    );
    expect(result).toEqual({ shownEdges, drawnEdges: shownEdges });
    expect(drawn(classes, pinned!)).toBe(true);
    for (const id of rest) expect(has(classes.get(id), 'culled')).toBe(true);
    for (const n of index.nodes.filter((x) => !isolated.includes(x.id))) expect(drawn(classes, n.id)).toBe(true);
  });

  it('when the shown nodes fit the budget, then isolated nodes are drawn', () => {
    const classes = viewClasses(index, input('2010-12-31'));
    applyLevelOfDetail(index, classes, settings({ budget: NODES }));
    expect(index.nodes.filter((n) => has(classes.get(n.id), 'isolated')).every((n) => drawn(classes, n.id))).toBe(true);
  });

  it('should never draw a hidden element, even when pinned', () => {
    const classes = viewClasses(index, input('2010-12-31'));
    const hiddenEdge = index.edges.find((e) => has(classes.get(e.elementId), 'hidden'))!;
    applyLevelOfDetail(index, classes, settings({ budget: 1, pinnedEdges: new Set([hiddenEdge.elementId]) }));
    expect(has(classes.get(hiddenEdge.elementId), 'hidden')).toBe(true);
  });
});
