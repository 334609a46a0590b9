// The root of each node's owner chain (the node itself when it has no owner, or when the chain loops).
/** What the ownership tree needs of a node. */
export interface OwnedNode {
  id: string;
  owner: string | null;
}

/** Each node id's root owner, following `owner` ids among `nodes` only. */
export function ownerRoots(nodes: readonly OwnedNode[]): Map<string, string> {
  const ownerOf = new Map(nodes.map((n) => [n.id, n.owner]));
  const roots = new Map<string, string>();
  for (const { id } of nodes) {
    const chain: string[] = [];
    const seen = new Set<string>();
    let current = id;
    while (!roots.has(current) && !seen.has(current)) {
      seen.add(current);
      chain.push(current);
      const owner = ownerOf.get(current);
      if (!owner || !ownerOf.has(owner)) break;
      current = owner;
    }
    const root = roots.get(current) ?? current;
    for (const member of chain) roots.set(member, root);
  }
  return roots;
}
