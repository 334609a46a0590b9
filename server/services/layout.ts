// Degree counting for the timeline and the yearly statistics. The layout itself is computed in server/analysis/
// (force-layout.ts, cached by layout-cache.ts), for every size of network.
import type { ApiEdge } from './model.js';

type LayoutEdge = Pick<ApiEdge, 'source' | 'target'>;

/** Counts one edge at both of its ends in `degree`. */
export function countEnds(degree: Map<string, number>, { source, target }: LayoutEdge): void {
  degree.set(source, (degree.get(source) ?? 0) + 1);
  degree.set(target, (degree.get(target) ?? 0) + 1);
}

/** How many of `edges` touch each node id. */
export function degrees(edges: LayoutEdge[]): Map<string, number> {
  const degree = new Map<string, number>();
  for (const edge of edges) countEnds(degree, edge);
  return degree;
}
