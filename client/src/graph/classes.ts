// Works out, without touching Cytoscape, which view classes every element should carry for one view, so the graph
// view restyles only the elements whose classes changed: a year step at 20,000 elements then touches hundreds, not all.
import type { Diff, Snapshot } from '../lib/temporal';
import type { Filters } from '../lib/view-state';

export interface RenderInput {
  snapshot: Snapshot;
  compare: Diff | null;
  filters: Filters;
  /** When set, everything outside these element ids is faded (an expanded neighbourhood). */
  focusSet: Set<string> | null;
  /** False where every shown edge began in the period (a window), so marking arrivals would mark everything. */
  markArrivals?: boolean;
}

/** What the class rules need to know about each element, gathered once when the network is loaded. */
export interface ElementIndex {
  nodes: { id: string; kind: string; group: string }[];
  /** Dated relationships: `elementId` is the Cytoscape id, `apiId` the API's. */
  edges: { elementId: string; apiId: string; type: string; source: string; target: string }[];
  /** Timeless ownership links (owner → owned). */
  ownership: { elementId: string; source: string; target: string }[];
}

/** The classes that say how a shown edge is drawn (none: in force); besides them a view sets only hidden, isolated,
 * faded, a node's size class and `top` (and the level of detail `culled`). Other classes (ownership, hit, focused)
 * belong to other code and are left alone. */
export const STATUS_CLASSES = ['arrived', 'ended', 'cmp-added', 'cmp-ended', 'cmp-persisted'] as const;

/** Ownership links are filtered under this type name. */
export const OWNERSHIP = 'OWNS';

/** Lowest degree (relationships shown at the date) of each node size class `size-1`, `size-2`, …; below the first a
 * node has the base size. Few classes, so a step restyles only the nodes whose degree crossed a bound. */
export const SIZE_BOUNDS = [3, 8, 20, 50] as const;

/** This many best-connected nodes at the date carry `top`, whose label stays readable when zoomed out. */
export const TOP_LABELLED_NODES = 30;

/** The size class of a node with `degree` shown relationships ('' for the base size). */
export function sizeClass(degree: number): string {
  let bucket = 0;
  while (bucket < SIZE_BOUNDS.length && degree >= SIZE_BOUNDS[bucket]!) bucket++;
  return bucket ? `size-${bucket}` : '';
}

/** The view classes of every element (element id → space-separated classes, '' for none), computed from data only. */
export function viewClasses(index: ElementIndex, input: RenderInput): Map<string, string> {
  return viewClassesAndDegrees(index, input).classes;
}

/** viewClasses, with each node's degree in the view (shown relationships; nodes without any are absent). */
export function viewClassesAndDegrees(
  index: ElementIndex,
  input: RenderInput,
): { classes: Map<string, string>; degree: Map<string, number> } {
  const { snapshot, compare, filters, focusSet } = input;
  const compareStatus = compare ? statusMap(compare) : null;
  const hiddenTypes = new Set(filters.hiddenTypes);
  const filteredNodes = new Set<string>();
  const hiddenKinds = new Set(filters.hiddenKinds);
  const hiddenGroups = new Set(filters.hiddenGroups);
  for (const node of index.nodes) if (hiddenKinds.has(node.kind) || hiddenGroups.has(node.group)) filteredNodes.add(node.id);
  const out = new Map<string, string>();
  const faded = (id: string) => focusSet !== null && !focusSet.has(id);
  const join = (...names: (string | false | null | undefined)[]) => names.filter(Boolean).join(' ');
  const pair = (a: string, b: string) => (a && b ? `${a} ${b}` : a || b);

  const ownershipHidden = hiddenTypes.has(OWNERSHIP);
  for (const link of index.ownership) {
    const hidden = ownershipHidden || filteredNodes.has(link.source) || filteredNodes.has(link.target);
    out.set(link.elementId, join(hidden && 'hidden', faded(link.elementId) && 'faded'));
  }
  const degree = new Map<string, number>();
  const count = (id: string) => degree.set(id, (degree.get(id) ?? 0) + 1);
  for (const edge of index.edges) {
    const status = compareStatus ? compareStatus.get(edge.apiId) : snapshot.edges.get(edge.apiId);
    const shown = status !== undefined && !hiddenTypes.has(edge.type) && !filteredNodes.has(edge.source) && !filteredNodes.has(edge.target);
    if (shown) {
      count(edge.source);
      count(edge.target);
    }
    const plain = status === 'in-force' || (status === 'arrived' && input.markArrivals === false);
    const look = !shown || plain ? null : compareStatus ? `cmp-${status}` : status;
    out.set(edge.elementId, pair(shown ? (look ?? '') : 'hidden', focusSet !== null && faded(edge.elementId) ? 'faded' : ''));
  }
  const top = new Set(topByDegree(degree, idsInOrder(index), TOP_LABELLED_NODES));
  for (const node of index.nodes) {
    const isolated = !degree.has(node.id);
    const hidden = filteredNodes.has(node.id) || (isolated && filters.hideIsolated);
    const look = !hidden && [sizeClass(degree.get(node.id) ?? 0), top.has(node.id) && 'top'];
    out.set(node.id, join(hidden && 'hidden', isolated && 'isolated', ...(look || []), faded(node.id) && 'faded'));
  }
  return { classes: out, degree };
}

/** True when the space-separated class list holds `name` (without splitting: this runs for every element per step). */
export function hasClass(list: string | undefined, name: string): boolean {
  if (!list) return false;
  const at = list.indexOf(name);
  if (at < 0) return false;
  const end = at + name.length;
  return (at === 0 || list[at - 1] === ' ') && (end === list.length || list[end] === ' ') ? true : list.split(' ').includes(name);
}

/** The class changes that turn `before` into `after` (both space-separated lists of view classes). */
export function classChanges(before: string, after: string): { add: string[]; remove: string[] } {
  const had = before ? before.split(' ') : [];
  const wants = after ? after.split(' ') : [];
  return { add: wants.filter((c) => !had.includes(c)), remove: had.filter((c) => !wants.includes(c)) };
}

const idOrders = new WeakMap<ElementIndex, readonly string[]>();

/** The index's node ids in ascending order (topByDegree's order among equals), sorted once per index. */
export function idsInOrder(index: ElementIndex): readonly string[] {
  let ids = idOrders.get(index);
  if (!ids) idOrders.set(index, (ids = index.nodes.map((n) => n.id).sort()));
  return ids;
}

/** The `limit` ids of highest degree, best first, ties by id so the choice is stable. `order` holds every id of
 * `degree` in ascending order (idsInOrder): degrees being whole numbers, the ids are dealt into one bucket per degree
 * in that order, with no comparison sort per view. */
export function topByDegree(degree: ReadonlyMap<string, number>, order: readonly string[], limit = Infinity): string[] {
  let highest = 0;
  for (const d of degree.values()) if (d > highest) highest = d;
  const byDegree: string[][] = [];
  for (const id of order) {
    const d = degree.get(id);
    if (d !== undefined) (byDegree[d] ??= []).push(id);
  }
  const top: string[] = [];
  for (let d = highest; d >= 0 && top.length < limit; d--)
    for (const id of byDegree[d] ?? []) {
      if (top.length === limit) break;
      top.push(id);
    }
  return top;
}

function statusMap(compare: Diff): Map<string, 'added' | 'ended' | 'persisted'> {
  const map = new Map<string, 'added' | 'ended' | 'persisted'>();
  compare.added.forEach((id) => map.set(id, 'added'));
  compare.ended.forEach((id) => map.set(id, 'ended'));
  compare.persisted.forEach((id) => map.set(id, 'persisted'));
  return map;
}
