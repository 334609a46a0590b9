// Level of detail: above a budget of drawn relationships, only the most important part of the view is drawn — the
// relationships among the best-connected nodes at the date (a set that changes little from one step to the next, so a
// step stays cheap) — while whatever is pinned (selected, searched, on a path, a query result) and every group shown in full is drawn
// whatever the budget. Nodes are held to the same budget: past it, nodes without a shown relationship (a window of
// events leaves most of a large network isolated) are left out first. Shown-but-not-drawn elements get `culled`;
// data-reading code still counts them as shown.
import { hasClass as has, idsInOrder, topByDegree, type ElementIndex } from './classes';

/** Drawn relationships above which the view thins out by default: keeps a year step fluid on CPU rendering. */
export const DEFAULT_EDGE_BUDGET = 4000;

/** The budget a `?budget=N` query parameter asks for (a positive whole number), else the default. */
export function budgetFromQuery(search: string): number {
  const raw = new URLSearchParams(search).get('budget');
  const value = raw === null ? NaN : Number(raw);
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_EDGE_BUDGET;
}

export interface LodSettings {
  /** Most relationships drawn (Infinity: all). */
  budget: number;
  /** Node ids drawn whatever the budget. */
  pinnedNodes: ReadonlySet<string>;
  /** Element ids of relationships drawn whatever the budget (with their end nodes). */
  pinnedEdges: ReadonlySet<string>;
  /** Group ids whose shown nodes, and their relationships to drawn nodes, are all drawn. */
  fullGroups: ReadonlySet<string>;
}

export interface LodResult {
  /** Relationships the view shows (not hidden), and how many of them are drawn. */
  shownEdges: number;
  drawnEdges: number;
}

/** Adds `culled` to the classes of the shown elements left out by the budget (changes `classes` in place); `known`
 * passes the view's degrees when the caller has them (viewClassesAndDegrees). */
export function applyLevelOfDetail(
  index: ElementIndex,
  classes: Map<string, string>,
  settings: LodSettings,
  known?: ReadonlyMap<string, number>,
): LodResult {
  const shown = index.edges.filter((e) => !has(classes.get(e.elementId), 'hidden'));
  if (shown.length <= settings.budget) {
    cullIsolatedNodesPastBudget(index, classes, settings);
    return { shownEdges: shown.length, drawnEdges: shown.length };
  }

  const degree = (known ?? new Map<string, number>()) as Map<string, number>;
  if (!known)
    for (const e of shown) {
      degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
      degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    }
  const rank = new Map(topByDegree(degree, idsInOrder(index)).map((id, i) => [id, i]));
  const n = rank.size;
  // An edge's key is the rank of its weaker end: the edges with keys below a cutoff are those among the top nodes.
  const keys = shown.map((e) => Math.max(rank.get(e.source)!, rank.get(e.target)!));
  const perKey = new Uint32Array(n);
  for (const key of keys) perKey[key]!++;
  let cutoff = 0;
  for (let total = 0; cutoff < perKey.length && total + perKey[cutoff]! <= settings.budget; cutoff++) total += perKey[cutoff]!;

  const drawnNodes = new Set<string>();
  const forced = new Set<string>();
  for (const node of index.nodes) {
    if (has(classes.get(node.id) ?? '', 'hidden')) continue;
    if (settings.pinnedNodes.has(node.id) || settings.fullGroups.has(node.group)) forced.add(node.id);
    else if ((rank.get(node.id) ?? Infinity) < cutoff) drawnNodes.add(node.id);
  }
  const drawnEdges = new Set<string>();
  shown.forEach((e, i) => {
    if (keys[i]! < cutoff || settings.pinnedEdges.has(e.elementId)) {
      drawnEdges.add(e.elementId);
      drawnNodes.add(e.source).add(e.target);
    }
  });
  forced.forEach((id) => drawnNodes.add(id));
  for (const e of shown) {
    const touchesForced = forced.has(e.source) || forced.has(e.target);
    if (touchesForced && drawnNodes.has(e.source) && drawnNodes.has(e.target)) drawnEdges.add(e.elementId);
  }

  const cull = (id: string) => classes.set(id, `${classes.get(id)} culled`.trim());
  for (const e of shown) if (!drawnEdges.has(e.elementId)) cull(e.elementId);
  for (const node of index.nodes) if (!drawnNodes.has(node.id) && !has(classes.get(node.id) ?? '', 'hidden')) cull(node.id);
  for (const link of index.ownership) {
    const list = classes.get(link.elementId) ?? '';
    if (!has(list, 'hidden') && !(drawnNodes.has(link.source) && drawnNodes.has(link.target))) cull(link.elementId);
  }
  return { shownEdges: shown.length, drawnEdges: drawnEdges.size };
}

/** With every shown relationship drawn but more shown nodes than the budget, culls the nodes without a shown
 * relationship (the `isolated` class), unless pinned or in a group shown in full, and their ownership links. */
function cullIsolatedNodesPastBudget(index: ElementIndex, classes: Map<string, string>, settings: LodSettings): void {
  let shownNodes = 0;
  for (const node of index.nodes) if (!has(classes.get(node.id), 'hidden')) shownNodes++;
  if (shownNodes <= settings.budget) return;
  const culled = new Set<string>();
  for (const node of index.nodes) {
    const list = classes.get(node.id);
    if (!has(list, 'isolated') || has(list, 'hidden') || settings.pinnedNodes.has(node.id) || settings.fullGroups.has(node.group)) continue;
    classes.set(node.id, `${list} culled`);
    culled.add(node.id);
  }
  for (const link of index.ownership) {
    const list = classes.get(link.elementId) ?? '';
    if (!has(list, 'hidden') && (culled.has(link.source) || culled.has(link.target))) classes.set(link.elementId, `${list} culled`.trim());
  }
}
