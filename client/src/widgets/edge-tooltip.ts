// The graph's edge tooltip: hovering a relationship (drawn by Cytoscape or painted on a large network's paint layer)
// shows its ends, type, dates (uncertain ones as "by"), scope and whether anything was inferred, in the interface
// language, as the graph container's title.
import type { Deps } from '../context';
import { edgeSummary } from './edge-facts';

/** Shows a tooltip for the relationship under the pointer. */
export function setUpEdgeTooltip(deps: Pick<Deps, 'graph' | 'data'>): void {
  const { graph, data } = deps;
  const container = graph.cy.container();
  if (!container) return;
  graph.onEdgeHover((apiId) => {
    const edge = apiId === null ? undefined : data.edges.get(apiId);
    if (edge) container.title = edgeSummary(edge, data.nodeLabel(edge.source), data.typeLabel(edge.type), data.nodeLabel(edge.target));
    else container.removeAttribute('title');
  });
}
