// A node's Details worked out from the timeline the page already holds (the same shape as GET /api/nodes/:id), so the
// panel can show it at once; the server's answer follows and replaces it only when it says something else.
import type { TimelineData } from '../data';
import type { Answer } from '../types';

/** As the server: the latest-starting relationships, at most this many (server/services/node-service.ts). */
const LISTED_AT_MOST = 500;

type NodeDetail = Answer<'node'>;

/** Node `id`'s details from the loaded timeline, or null when the page does not hold the whole network or the node. */
export function nodeDetailFromTimeline(data: TimelineData, id: string): NodeDetail | null {
  const node = data.nodes.get(id);
  if (!node || data.viewByView) return null;
  // As the server lists them: loops left out, latest start first, then the greater id (code-point order, as Cypher's).
  const touching = data.edgesOf(id).filter((edge) => edge.source !== edge.target);
  const later = (a: string, b: string) => (a > b ? -1 : a < b ? 1 : 0);
  const latest = touching.slice().sort((a, b) => later(a.since, b.since) || later(a.id, b.id));
  const relationships: NodeDetail['relationships'] = [];
  for (const edge of latest.slice(0, LISTED_AT_MOST).reverse()) {
    const direction = edge.source === id ? ('out' as const) : ('in' as const);
    const other = data.nodes.get(direction === 'out' ? edge.target : edge.source);
    if (other) relationships.push({ ...edge, direction, other });
  }
  const milestones = data.timeline.milestones
    .filter((m) => m.regulator === id || m.concerns.includes(id))
    .sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.id.localeCompare(b.id));
  return {
    node,
    owner: node.owner ? (data.nodes.get(node.owner) ?? null) : null,
    owns: data.timeline.nodes.filter((n) => n.owner === id).sort((a, b) => a.id.localeCompare(b.id)),
    relationships,
    relationshipCount: touching.length,
    milestones,
  };
}

/** True when two answers for the same node would show the same panel (which relationships, owner, holdings, milestones). */
export function sameDetail(a: NodeDetail, b: NodeDetail): boolean {
  const key = (d: NodeDetail) =>
    JSON.stringify([
      [d.node.id, d.node.name, d.node.nameZh, d.node.kind, d.node.aliases, d.node.description],
      d.owner?.id ?? null,
      d.owns.map((o) => o.id).sort(),
      d.relationships.map((r) => r.id).sort(),
      d.relationshipCount,
      d.milestones.map((m) => m.id),
    ]);
  return key(a) === key(b);
}
