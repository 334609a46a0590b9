// What the group view draws (issue 22), as pure functions over a snapshot: each group's members active at the date, and
// the relationships shown between the drawn ends, where a member of a closed group stands for its group ("group:<id>")
// and a member of an open group for itself. Repeated relationships between two drawn ends add up to one weighted edge.
import type { Snapshot } from '../lib/temporal';

/** The drawn id of a group's node. */
export const groupNodeId = (group: string) => `group:${group}`;

export interface GroupEdge {
  id: string;
  source: string;
  target: string;
  weight: number;
}

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

/** The weighted edges between drawn ends: relationships shown (in force, or in the window) but not ended. */
export function groupEdges(
  snapshot: Snapshot,
  ends: ReadonlyMap<string, { source: string; target: string }>,
  groupOf: (node: string) => string,
  open: ReadonlySet<string>,
): GroupEdge[] {
  const drawnEnd = (node: string) => {
    const group = groupOf(node);
    return open.has(group) ? node : groupNodeId(group);
  };
  const weights = new Map<string, GroupEdge>();
  for (const [id, status] of snapshot.edges) {
    if (status === 'ended') continue;
    const edge = ends.get(id);
    if (!edge) continue;
    let [a, b] = [drawnEnd(edge.source), drawnEnd(edge.target)];
    if (a === b) continue;
    if (b < a) [a, b] = [b, a];
    const key = `${a}\u0000${b}`;
    const kept = weights.get(key);
    if (kept) kept.weight++;
    else weights.set(key, { id: `link:${key}`, source: a, target: b, weight: 1 });
  }
  return [...weights.values()];
}
