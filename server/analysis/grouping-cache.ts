// The grouping of the current data, computed once per data version and kept in memory; other endpoints that return
// nodes map them to the same group ids through the last grouping computed (a node it does not know keeps its group).
import { createHash } from 'node:crypto';
import type { CuratedGroup } from '../../contract/dataset-presentation.js';
import { groupNodes, type GroupedNode, type GroupingResult } from './grouping.js';
import type { EdgeEnds } from './union-network.js';

let last: { version: string; result: GroupingResult } | null = null;

/**
 * groupNodes(nodes, edges, curated), reused while the nodes, their edges (`network`: their networkVersion) and the
 * curated groups stay the same.
 */
export function cachedGrouping(
  nodes: readonly GroupedNode[],
  edges: readonly EdgeEnds[],
  curated: readonly CuratedGroup[] | null,
  network: string,
): GroupingResult {
  const version = createHash('sha256')
    .update(JSON.stringify(nodes.map((n) => [n.id, n.name, n.nameZh, n.kind, n.owner])))
    .update(JSON.stringify(curated))
    .update(network)
    .digest('hex');
  if (last?.version !== version) last = { version, result: groupNodes(nodes, edges, curated) };
  return last.result;
}

/** `nodes` with each `group` set as in the last grouping computed (unchanged for nodes it does not know). */
export function withCurrentGroups<T extends { id: string; group: string }>(nodes: T[]): T[] {
  const groupOf = last?.result.groupOf;
  if (!groupOf) return nodes;
  return nodes.map((node) => {
    const group = groupOf.get(node.id);
    return group === undefined || group === node.group ? node : { ...node, group };
  });
}
