// Data changes that reach every element, added to Cytoscape, kept aside or not yet added: node labels in the interface
// language, and relationship colours by type or by a property's scale.
import type { Core, ElementDefinition, SingularElementArgument } from 'cytoscape';
import { labelIn } from '../lib/labels';
import type { Lang } from '../lib/view-state';
import type { Edge } from '../types';
import type { ElementIndex } from './classes';
import { colourOf, type PropertyScale } from './edge-colors';

/** Every element the view knows: definitions (all loaded), and the created ones by element id. */
export interface KnownElements {
  definitions: readonly ElementDefinition[];
  index: ElementIndex;
  elementById: ReadonlyMap<string, SingularElementArgument>;
}

/** Switches node labels to `lang` (only the nodes whose label changes). */
export function relabel(cy: Core, known: KnownElements, lang: Lang): void {
  for (const def of known.definitions) if (def.group === 'nodes') def.data.label = labelIn(def.data.name, def.data.nameZh, lang);
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
export function recolour(cy: Core, known: KnownElements, scale: PropertyScale | null): string[] {
  const colour = (data: Record<string, unknown>) =>
    scale ? colourOf(scale, (data.props as Edge['props'])?.[scale.key]) : (data.typeColor as string);
  const byId = new Map<string, string>();
  for (const def of known.definitions)
    if (def.group === 'edges' && !def.classes) byId.set(def.data.id!, (def.data.color = colour(def.data)));
  cy.batch(() =>
    known.index.edges.forEach(({ elementId }) => {
      const e = known.elementById.get(elementId);
      if (e) e.data('color', byId.get(elementId));
    }),
  );
  return known.index.edges.map((e) => byId.get(e.elementId) ?? '');
}
