// The dataset's curated groups (data/dataset.json): each node joins the first group naming its kind, else the first
// naming its owner-chain root, else the group that takes the rest (shown as the pool, `other`).
import type { GroupInfo } from '../../contract/presentation.js';
import type { CuratedGroup } from '../../contract/dataset-presentation.js';
import { ownerRoots, type OwnedNode } from './owner-roots.js';
import { OTHER_GROUP_COLOR, OTHER_GROUP_ID, type ColouredGroups } from './palette.js';

/** What the curated rules need of a node. */
export interface CuratedNode extends OwnedNode {
  kind: string;
}

/** The curated groups in the dataset's order, with their sizes, and each node's group. */
export function curatedGroups(nodes: readonly CuratedNode[], curated: readonly CuratedGroup[]): ColouredGroups {
  const roots = ownerRoots(nodes);
  const rest = curated.find((g) => !g.kinds.length && !g.roots.length);
  const groupOf = new Map<string, string>();
  const sizes = new Map<string, number>();
  for (const node of nodes) {
    const root = roots.get(node.id) ?? node.id;
    const group = curated.find((g) => g.kinds.includes(node.kind)) ?? curated.find((g) => g.roots.includes(root)) ?? rest;
    const id = group?.id ?? OTHER_GROUP_ID;
    groupOf.set(node.id, id);
    sizes.set(id, (sizes.get(id) ?? 0) + 1);
  }
  const groups: GroupInfo[] = curated.map((g) => ({
    id: g.id,
    label: g.label,
    labelZh: g.labelZh,
    color: g.color,
    size: sizes.get(g.id) ?? 0,
    other: g === rest,
  }));
  const unmatched = rest ? 0 : (sizes.get(OTHER_GROUP_ID) ?? 0);
  if (unmatched)
    groups.push({ id: OTHER_GROUP_ID, label: 'Other', labelZh: '其他', color: OTHER_GROUP_COLOR, size: unmatched, other: true });
  return { groups, groupOf };
}
