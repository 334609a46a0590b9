// Data changes that reach every element, added to Cytoscape, kept aside or not yet added: node labels in the interface
// language, and relationship colours by type or by a property's scale.
import type { Core, SingularElementArgument } from 'cytoscape';
import { labelIn } from '../lib/labels';
import type { Lang } from '../lib/view-state';
import type { Edge } from '../types';
import type { ElementIndex } from './classes';
import type { ElementDefinitions } from './element-data';
import { colourOf, type PropertyScale } from './edge-colors';

/** Every element the view knows: definitions (all loaded), and the created ones by element id. */
export interface KnownElements {
  definitions: ElementDefinitions;
  index: ElementIndex;
  elementById: ReadonlyMap<string, SingularElementArgument>;
}

/** Switches node labels to `lang` (only the nodes whose label changes). */
export function relabel(cy: Core, known: KnownElements, lang: Lang): void {
  for (const def of known.definitions.nodes) def.data.label = labelIn(def.data.name, def.data.nameZh, lang);
  cy.batch(() =>
    known.index.nodes.forEach(({ id }) => {
      const n = known.elementById.get(id);
      const label = n && labelIn(n.data('name'), n.data('nameZh'), lang);
      if (n && n.data('label') !== label) n.data('label', label);
    }),
  );
}

/** Colours relationships by a property's scale, or by type when `scale` is null; returns each relationship's colour
 * in index.edges order (for the paint layer). */
export function recolour(cy: Core, known: KnownElements, scale: PropertyScale | null): readonly string[] {
  const colours = known.definitions.recolour((edge: Edge, typeColour) => (scale ? colourOf(scale, edge.props?.[scale.key]) : typeColour));
  cy.batch(() =>
    known.index.edges.forEach(({ elementId }, i) => {
      const e = known.elementById.get(elementId);
      if (e) e.data('color', colours[i]);
    }),
  );
  return colours;
}
