// The graph's edge tooltip: hovering a relationship shows its ends, type, dates (uncertain ones as "by"), scope and
// whether anything was inferred, in the interface language, as the graph container's title.
import type { Deps } from '../context';
import { edgeSummary } from './edge-facts';

/** Shows a tooltip for the relationship under the pointer. */
export function setUpEdgeTooltip(deps: Pick<Deps, 'graph' | 'data'>): void {
  const { graph, data } = deps;
  const container = graph.cy.container();
  if (!container) return;
  graph.cy.on('mouseover', 'edge', (event) => {
    const edge = data.edges.get(event.target.data('apiId') as string);
    if (edge) container.title = edgeSummary(edge, data.nodeLabel(edge.source), data.typeLabel(edge.type), data.nodeLabel(edge.target));
  });
  graph.cy.on('mouseout', 'edge', () => container.removeAttribute('title'));
}
