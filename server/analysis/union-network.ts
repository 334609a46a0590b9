// The union network across time: every entity, and one undirected edge per pair of entities that were ever related,
// weighted by how many dated relationships joined them. Grouping (communities) and the layout both read it.
import { createHash } from 'node:crypto';
import { UndirectedGraph } from 'graphology';

/** The two ends of a dated relationship. */
export interface EdgeEnds {
  source: string;
  target: string;
}

/** The union network of `nodeIds` and `edges`; edges to unknown ids and self-loops are left out. Nodes keep their order. */
export function unionNetwork(nodeIds: readonly string[], edges: readonly EdgeEnds[]): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const id of nodeIds) graph.mergeNode(id);
  for (const { source, target } of edges) {
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    graph.updateEdge(source, target, (attributes) => ({ ...attributes, weight: ((attributes.weight as number | undefined) ?? 0) + 1 }));
  }
  return graph;
}

/** A hash of the node ids and edge ends, whatever order they came in: the version of the data a layout is for. */
export function networkVersion(nodeIds: readonly string[], edges: readonly EdgeEnds[]): string {
  const hash = createHash('sha256');
  hash.update([...nodeIds].sort().join('\n'));
  hash.update('\u0000');
  hash.update(
    edges
      .map((e) => `${e.source}\u0001${e.target}`)
      .sort()
      .join('\n'),
  );
  return hash.digest('hex').slice(0, 32);
}
