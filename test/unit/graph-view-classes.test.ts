// The graph view's class rules, computed from data alone: which elements a view hides, marks or fades, and the
// smallest class change between two views (what a year step costs Cytoscape). Built on a small synthetic network.
import { describe, expect, it } from 'vitest';
import {
  classChanges,
  hasClass,
  SIZE_BOUNDS,
  sizeClass,
  TOP_LABELLED_NODES,
  viewClasses,
  type ElementIndex,
  type RenderInput,
} from '../../client/src/graph/classes';
import { snapshot, type SnapshotOptions } from '../../client/src/lib/temporal';
import { defaultViewState } from '../../client/src/lib/view-state';

const DEFAULT_FILTERS = defaultViewState().filters;

const dated = [
  { id: 'r1', source: 'a', target: 'b', type: 'BLOCKS', since: '2010-01-01', until: '2015-06-01' },
  { id: 'r2', source: 'b', target: 'c', type: 'ADVERTISES_VIA', since: '2014-03-01', until: null },
  { id: 'r3', source: 'c', target: 'a', type: 'BLOCKS', since: '2016-01-01', until: null },
];
const index: ElementIndex = {
  nodes: [
    { id: 'a', kind: 'Platform', group: 'g1' },
    { id: 'b', kind: 'Platform', group: 'g2' },
    { id: 'c', kind: 'Company', group: 'g3' },
    { id: 'd', kind: 'Platform', group: 'g3' },
  ],
  edges: dated.map((e) => ({ elementId: `e:${e.id}`, apiId: e.id, type: e.type, source: e.source, target: e.target })),
  ownership: [{ elementId: 'owns:b', source: 'c', target: 'b' }],
};
const asOf: SnapshotOptions = { mode: 'asof', precision: 'year', windowYears: 3 };
const view = (at: string, patch: Partial<RenderInput> = {}): RenderInput => ({
  snapshot: snapshot(dated, at, asOf),
  compare: null,
  filters: DEFAULT_FILTERS,
  focusSet: null,
  ...patch,
});
const has = (classes: string | undefined, name: string) => (classes ?? '').split(' ').includes(name);

describe('viewClasses', () => {
  it('should give every element of the index a class entry, and nothing else', () => {
    const ids = [...index.nodes.map((n) => n.id), ...index.edges.map((e) => e.elementId), ...index.ownership.map((o) => o.elementId)];
    expect([...viewClasses(index, view('2015-12-31')).keys()].sort()).toEqual(ids.sort());
  });

  it("should hide edges not in force or changed in the step, mark the step's arrivals and ends, and mark nodes without shown edges as isolated", () => {
    const classes = viewClasses(index, view('2015-12-31'));
    const shot = snapshot(dated, '2015-12-31', asOf);
    for (const edge of index.edges) {
      const status = shot.edges.get(edge.apiId);
      expect(has(classes.get(edge.elementId), 'hidden')).toBe(status === undefined);
      expect(has(classes.get(edge.elementId), 'ended')).toBe(status === 'ended');
      expect(has(classes.get(edge.elementId), 'arrived')).toBe(status === 'arrived');
    }
    for (const node of index.nodes) expect(has(classes.get(node.id), 'isolated')).toBe(!shot.nodes.has(node.id));
  });

  it('when a group is filtered out, then its nodes, their edges and ownership links are hidden', () => {
    const classes = viewClasses(index, view('2020-12-31', { filters: { ...DEFAULT_FILTERS, hiddenGroups: ['g2'] } }));
    expect(has(classes.get('b'), 'hidden')).toBe(true);
    expect(has(classes.get('e:r2'), 'hidden')).toBe(true);
    expect(has(classes.get('owns:b'), 'hidden')).toBe(true);
    expect(has(classes.get('e:r3'), 'hidden')).toBe(false);
  });

  it('when a focus set is given, then exactly the elements outside it are faded', () => {
    const focusSet = new Set(['a', 'e:r3']);
    const classes = viewClasses(index, view('2020-12-31', { focusSet }));
    for (const [id, list] of classes) expect(has(list, 'faded')).toBe(!focusSet.has(id));
  });
});

describe('classChanges', () => {
  it('should add and remove only the classes that differ', () => {
    expect(classChanges('', '')).toEqual({ add: [], remove: [] });
    expect(classChanges('hidden', 'arrived faded')).toEqual({ add: ['arrived', 'faded'], remove: ['hidden'] });
    expect(classChanges('ended faded', 'faded')).toEqual({ add: [], remove: ['ended'] });
  });

  it('when a year step is taken, then only the elements whose classes differ need a change', () => {
    const before = viewClasses(index, view('2014-12-31'));
    const after = viewClasses(index, view('2015-12-31'));
    const changed = [...after].filter(([id, list]) => before.get(id) !== list).map(([id]) => id);
    expect(changed.length).toBeLessThan(after.size);
    for (const id of changed) {
      const { add, remove } = classChanges(before.get(id)!, after.get(id)!);
      expect(add.length + remove.length).toBeGreaterThan(0);
    }
  });
});

describe('sizeClass', () => {
  it('should give the base size to a node without shown relationships or a negative count', () => {
    expect(sizeClass(0)).toBe('');
    expect(sizeClass(-3)).toBe('');
  });

  it('should step up one class at each bound and never down as the degree grows', () => {
    SIZE_BOUNDS.forEach((bound, i) => {
      expect(sizeClass(bound - 1)).toBe(i === 0 ? '' : `size-${i}`);
      expect(sizeClass(bound)).toBe(`size-${i + 1}`);
    });
    expect(sizeClass(SIZE_BOUNDS.at(-1)! * 100)).toBe(`size-${SIZE_BOUNDS.length}`);
  });
});

describe('viewClasses sizes and labels', () => {
  it("should give each shown node the size class of its degree at the date, and 'top' to the best connected", () => {
    const at = '2016-12-31';
    const classes = viewClasses(index, view(at));
    const shot = snapshot(dated, at, asOf);
    const degree = new Map<string, number>();
    for (const e of dated.filter((x) => shot.edges.has(x.id)))
      for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    for (const node of index.nodes) {
      const expected = sizeClass(degree.get(node.id) ?? 0);
      if (expected) expect(has(classes.get(node.id), expected)).toBe(true);
      expect(has(classes.get(node.id), 'top')).toBe(degree.has(node.id) && degree.size <= TOP_LABELLED_NODES);
    }
  });

  it('when a step only changes degrees within a size class, then no node class changes', () => {
    const before = viewClasses(index, view('2016-12-31'));
    const after = viewClasses(index, view('2018-12-31'));
    for (const node of index.nodes) expect(after.get(node.id)).toBe(before.get(node.id));
  });

  it('when arrivals are not to be marked (a window), then no edge is marked arrived but ends still are', () => {
    const classes = viewClasses(index, view('2015-12-31', { markArrivals: false }));
    expect([...classes.values()].some((list) => has(list, 'arrived'))).toBe(false);
    expect(has(classes.get('e:r1'), 'ended')).toBe(true);
  });
});

describe('hasClass', () => {
  it('should find nothing in an empty or missing list, and never match part of a longer class name', () => {
    expect(hasClass(undefined, 'hidden')).toBe(false);
    expect(hasClass('', 'hidden')).toBe(false);
    expect(hasClass('cmp-ended', 'ended')).toBe(false);
    expect(hasClass('size-10 top', 'size-1')).toBe(false);
  });

  it('should find a class at the start, in the middle, at the end, and after a longer name containing it', () => {
    for (const list of ['ended faded', 'arrived ended faded', 'faded ended', 'cmp-ended ended'])
      expect(hasClass(list, 'ended'), list).toBe(list.split(' ').includes('ended'));
  });
});
