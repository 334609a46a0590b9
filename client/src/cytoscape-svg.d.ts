// Adds cytoscape-svg's cy.svg() to Cytoscape's Core type.
import 'cytoscape';

declare module 'cytoscape' {
  interface Core {
    /** Added by cytoscape-svg: the current view as SVG text. */
    svg(options?: { full?: boolean; scale?: number; maxWidth?: number; maxHeight?: number; bg?: string }): string;
  }
}
