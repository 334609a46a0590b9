// Which group each node belongs to, from the data: the dataset's curated groups when it has them, else the ownership
// tree (root owners) when it covers most nodes, else communities of the union network; the largest groups get palette
// colours, the rest "Other".
import type { Grouping } from '../../contract/presentation.js';
import type { CuratedGroup } from '../../contract/dataset-presentation.js';
import { communityGroups } from './communities.js';
import { curatedGroups } from './curated-groups.js';
import { ownerRoots } from './owner-roots.js';
import { colourGroups, type GroupCandidate } from './palette.js';
import { unionNetwork, type EdgeEnds } from './union-network.js';

/** The share of nodes that must belong to an ownership tree of two or more for grouping by owner. */
const OWNED_SHARE = 0.5;

/** What grouping needs of a node. */
export interface GroupedNode {
  id: string;
  name: string;
  nameZh: string | null;
  kind: string;
  owner: string | null;
}

/** The grouping sent on the wire, and each node id's group id (always one of the grouping's groups). */
export interface GroupingResult {
  grouping: Grouping;
  groupOf: Map<string, string>;
}

/** Groups by owner-chain root, each labelled with the root's name. */
function ownerGroups(nodes: readonly GroupedNode[]): GroupCandidate[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const members = new Map<string, string[]>();
  for (const [id, root] of ownerRoots(nodes)) {
    const list = members.get(root);
    if (list) list.push(id);
    else members.set(root, [id]);
  }
  return [...members].map(([root, ids]) => ({ id: root, label: byId.get(root)!.name, labelZh: byId.get(root)!.nameZh, members: ids }));
}

/**
 * Groups `nodes` by the first rule the data supports: `curated` groups (by 'dataset'); owners (by 'owner') when at
 * least half the nodes share an owner-chain root with another node (a few owned nodes would leave the rest grey);
 * else Louvain communities of the union of `edges` over time (by 'community').
 */
export function groupNodes(
  nodes: readonly GroupedNode[],
  edges: readonly EdgeEnds[],
  curated: readonly CuratedGroup[] | null,
): GroupingResult {
  if (curated?.length) {
    const { groups, groupOf } = curatedGroups(nodes, curated);
    return { grouping: { by: 'dataset', groups }, groupOf };
  }
  const byOwner = nodes.some((n) => n.owner !== null) ? ownerGroups(nodes) : [];
  const owned = byOwner.reduce((sum, g) => sum + (g.members.length > 1 ? g.members.length : 0), 0);
  if (owned >= OWNED_SHARE * nodes.length && owned > 0) {
    const { groups, groupOf } = colourGroups(byOwner);
    return { grouping: { by: 'owner', groups }, groupOf };
  }
  const network = unionNetwork(
    nodes.map((n) => n.id),
    edges,
  );
  const { groups, groupOf } = colourGroups(communityGroups(network, nodes));
  return { grouping: { by: 'community', groups }, groupOf };
}
