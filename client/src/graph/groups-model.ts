// What the group view draws (issue 22), as pure functions over a snapshot: each group's members active at the date, and
// the relationships shown between the drawn ends: one inside an open group joins its two members, any other joins the
// two groups ("group:<id>"). Repeated relationships between two drawn ends add up to one weighted edge.
import type { Snapshot } from '../lib/temporal';

/** The drawn id of a group's node. */
export const groupNodeId = (group: string) => `group:${group}`;

export interface GroupEdge {
  id: string;
  source: string;
  target: string;
  weight: number;
}

type Ends = ReadonlyMap<string, { source: string; target: string }>;

/** Active members per group: nodes with a relationship shown at the date. */
export function activeMembers(snapshot: Snapshot, groupOf: (node: string) => string): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const node of snapshot.nodes) {
    const group = groupOf(node);
    const list = members.get(group);
    if (list) list.push(node);
    else members.set(group, [node]);
  }
  return members;
}

/** The ids of the relationships inside each group (both ends in it), so that opening one group adds only its edges. */
export function edgesWithin(ends: Ends, groupOf: (node: string) => string): Map<string, string[]> {
  const byGroup = new Map<string, string[]>();
  for (const [id, { source, target }] of ends) {
    const group = groupOf(source);
    if (groupOf(target) !== group) continue;
    const list = byGroup.get(group);
    if (list) list.push(id);
    else byGroup.set(group, [id]);
  }
  return byGroup;
}

/**
 * The weighted edges between drawn ends: relationships shown (in force, or in the window) but not ended, among `ids`
 * (all of the snapshot's by default; those inside one group when only that group opens). A relationship inside an open
 * group joins its members; any other joins the groups of its ends, open or not, so that opening a group adds only its
 * inner edges and its ties to the others stay one weighted line each (a line per member and group, thousands for a
 * large group, made the opening slow and the picture a fan of lines).
 */
export function groupEdges(
  snapshot: Snapshot,
  ends: Ends,
  groupOf: (node: string) => string,
  open: ReadonlySet<string>,
  ids: Iterable<string> = snapshot.edges.keys(),
): GroupEdge[] {
  const weights = new Map<string, GroupEdge>();
  for (const id of ids) {
    const status = snapshot.edges.get(id);
    if (status === undefined || status === 'ended') continue;
    const edge = ends.get(id);
    if (!edge) continue;
    const [groupA, groupB] = [groupOf(edge.source), groupOf(edge.target)];
    const inside = groupA === groupB;
    if (inside && !open.has(groupA)) continue;
    let [a, b] = inside ? [edge.source, edge.target] : [groupNodeId(groupA), groupNodeId(groupB)];
    if (a === b) continue;
    if (b < a) [a, b] = [b, a];
    const key = `${a}\u0000${b}`;
    const kept = weights.get(key);
    if (kept) kept.weight++;
    else weights.set(key, { id: `link:${key}`, source: a, target: b, weight: 1 });
  }
  return [...weights.values()];
}

type Point = { x: number; y: number };

/**
 * Members' places in the full graph, drawn closer around their group's `centre` with their arrangement kept: a
 * community's members may lie all over the full graph, and an opened group covering the whole view hides the others.
 * The members' spread (root mean square distance from their middle) becomes at most 6·√n + 20.
 */
export function gathered(places: ReadonlyMap<string, Point>, centre: Point): Map<string, Point> {
  const points = [...places.values()];
  const n = Math.max(1, points.length);
  const middle = points.reduce((m, p) => ({ x: m.x + p.x / n, y: m.y + p.y / n }), { x: 0, y: 0 });
  const spread = Math.sqrt(points.reduce((sum, p) => sum + (p.x - middle.x) ** 2 + (p.y - middle.y) ** 2, 0) / n);
  const scale = Math.min(1, (6 * Math.sqrt(n) + 20) / Math.max(spread, 1));
  const result = new Map<string, Point>();
  for (const [id, p] of places) result.set(id, { x: centre.x + (p.x - middle.x) * scale, y: centre.y + (p.y - middle.y) * scale });
  return result;
}
