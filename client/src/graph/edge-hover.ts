// The relationship under the pointer, whether Cytoscape draws it or the paint layer does (found by its grid): one
// hover signal for the tooltip.
import type { Core } from 'cytoscape';
import type { Painter } from './painter';

/** Starts watching; returns `onEdgeHover(listener)`, which hears an API id on entering a relationship and null on leaving. */
export function watchEdgeHover(cy: Core, painter: () => Painter | null): (listener: (apiId: string | null) => void) => void {
  const listeners: ((apiId: string | null) => void)[] = [];
  let hovered: string | null = null;
  const tell = (apiId: string | null) => {
    hovered = apiId;
    listeners.forEach((listener) => listener(apiId));
  };
  cy.on('mouseover', 'edge', (event) => tell((event.target.data('apiId') as string | undefined) ?? null));
  cy.on('mouseout', 'edge', () => tell(null));
  cy.on('mousemove', (event) => {
    const layer = painter();
    if (!layer || event.target !== cy) return;
    const found = layer.hit(event.position.x, event.position.y);
    if (found !== hovered) tell(found);
  });
  // Leaving the graph leaves any painted relationship too (Cytoscape sends no mousemove outside its box).
  cy.container()?.addEventListener('mouseleave', () => hovered !== null && tell(null));
  return (listener) => void listeners.push(listener);
}
