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
}

/** What the class rules need to know about each element, gathered once when the network is loaded. */
export interface ElementIndex {
  nodes: { id: string; kind: string; legendGroup: string }[];
  /** Dated relationships: `elementId` is the Cytoscape id, `apiId` the API's. */
  edges: { elementId: string; apiId: string; type: string; source: string; target: string }[];
  /** Timeless ownership links (owner → owned). */
  ownership: { elementId: string; source: string; target: string }[];
}

/** The classes that say how a shown edge is drawn (none: in force); besides them a view sets only hidden, isolated and
 * faded. Other classes (ownership, hit, focused) belong to other code and are left alone. */
export const STATUS_CLASSES = ['arrived', 'ended', 'cmp-added', 'cmp-ended', 'cmp-persisted'] as const;

/** Ownership links are filtered under this type name. */
export const OWNERSHIP = 'OWNS';

/** The view classes of every element (element id → space-separated classes, '' for none), computed from data only. */
export function viewClasses(index: ElementIndex, input: RenderInput): Map<string, string> {
  const { snapshot, compare, filters, focusSet } = input;
  const compareStatus = compare ? statusMap(compare) : null;
  const hiddenTypes = new Set(filters.hiddenTypes);
  const filteredNodes = new Set<string>();
  const hiddenKinds = new Set(filters.hiddenKinds);
  const hiddenGroups = new Set(filters.hiddenGroups);
  for (const node of index.nodes) if (hiddenKinds.has(node.kind) || hiddenGroups.has(node.legendGroup)) filteredNodes.add(node.id);
  const out = new Map<string, string>();
  const faded = (id: string) => focusSet !== null && !focusSet.has(id);
  const join = (...names: (string | false | null | undefined)[]) => names.filter(Boolean).join(' ');

  const ownershipHidden = hiddenTypes.has(OWNERSHIP);
  for (const link of index.ownership) {
    const hidden = ownershipHidden || filteredNodes.has(link.source) || filteredNodes.has(link.target);
    out.set(link.elementId, join(hidden && 'hidden', faded(link.elementId) && 'faded'));
  }
  const degree = new Set<string>();
  for (const edge of index.edges) {
    const status = compareStatus ? compareStatus.get(edge.apiId) : snapshot.edges.get(edge.apiId);
    const shown = status !== undefined && !hiddenTypes.has(edge.type) && !filteredNodes.has(edge.source) && !filteredNodes.has(edge.target);
    if (shown) {
      degree.add(edge.source);
      degree.add(edge.target);
    }
    const look = !shown || status === 'in-force' ? null : compareStatus ? `cmp-${status}` : status;
    out.set(edge.elementId, join(!shown && 'hidden', look, faded(edge.elementId) && 'faded'));
  }
  for (const node of index.nodes) {
    const isolated = !degree.has(node.id);
    const hidden = filteredNodes.has(node.id) || (isolated && filters.hideIsolated);
    out.set(node.id, join(hidden && 'hidden', isolated && 'isolated', faded(node.id) && 'faded'));
  }
  return out;
}

/** The class changes that turn `before` into `after` (both space-separated lists of view classes). */
export function classChanges(before: string, after: string): { add: string[]; remove: string[] } {
  const had = before ? before.split(' ') : [];
  const wants = after ? after.split(' ') : [];
  return { add: wants.filter((c) => !had.includes(c)), remove: had.filter((c) => !wants.includes(c)) };
}

function statusMap(compare: Diff): Map<string, 'added' | 'ended' | 'persisted'> {
  const map = new Map<string, 'added' | 'ended' | 'persisted'>();
  compare.added.forEach((id) => map.set(id, 'added'));
  compare.ended.forEach((id) => map.set(id, 'ended'));
  compare.persisted.forEach((id) => map.set(id, 'persisted'));
  return map;
}
