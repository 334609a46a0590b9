// Communities of the union network (Louvain, seeded, so the same data always gives the same groups), each labelled by
// its best-connected member: "around <name>" / "<name> 周边".
import louvain from 'graphology-communities-louvain';
import type { UndirectedGraph } from 'graphology';
import type { GroupCandidate } from './palette.js';
import { seededRandom } from './seeded-random.js';

/** What a community's label needs of a node. */
export interface NamedNode {
  id: string;
  name: string;
  nameZh: string | null;
}

/** The Louvain communities of `graph` (edge weight: `weight`), one candidate group per community, named by its hub. */
export function communityGroups(graph: UndirectedGraph, nodes: readonly NamedNode[]): GroupCandidate[] {
  const communityOf: Record<string, number> =
    graph.size === 0 ? {} : louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(), resolution: 1 });
  const members = new Map<string, string[]>();
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const node of nodes) {
    const key = String(communityOf[node.id] ?? `single:${node.id}`);
    const list = members.get(key);
    if (list) list.push(node.id);
    else members.set(key, [node.id]);
  }
  const strengths = new Map<string, number>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    const weight = attributes.weight as number;
    strengths.set(source, (strengths.get(source) ?? 0) + weight);
    strengths.set(target, (strengths.get(target) ?? 0) + weight);
  });
  const strength = (id: string) => strengths.get(id) ?? 0;
  return [...members.values()].map((ids) => {
    const hub = ids.reduce((best, id) => {
      const gain = strength(id) - strength(best);
      return gain > 0 || (gain === 0 && id < best) ? id : best;
    });
    const { name, nameZh } = byId.get(hub)!;
    return {
      id: `community:${hub}`,
      label: ids.length > 1 ? `around ${name}` : name,
      labelZh: ids.length > 1 ? `${nameZh ?? name} 周边` : nameZh,
      members: ids,
    };
  });
}
