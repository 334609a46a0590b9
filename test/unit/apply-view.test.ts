// Applying a view to Cytoscape (headless): it holds only what is drawn — what leaves is removed, what arrives is added
// or restored — and the painted relationships stay out of it.
import cytoscape from 'cytoscape';
import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyView, type ElementState } from '../../client/src/graph/apply-classes.js';
import type { ElementIndex } from '../../client/src/graph/classes.js';

const index: ElementIndex = {
  nodes: ['a', 'b', 'c'].map((id) => ({ id, kind: 'Company', group: id })),
  edges: [
    { elementId: 'e:1', apiId: '1', type: 'LINKS', source: 'a', target: 'b' },
    { elementId: 'e:2', apiId: '2', type: 'LINKS', source: 'b', target: 'c' },
  ],
  ownership: [],
};
const definitions: ElementDefinition[] = [
  ...index.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id }, position: { x: 0, y: 0 } })),
  ...index.edges.map((e) => ({ group: 'edges' as const, data: { id: e.elementId, source: e.source, target: e.target } })),
];
const fresh = (): ElementState => ({
  pending: new Map(definitions.map((d) => [d.data.id!, d])),
  applied: new Map(),
  elementById: new Map(),
});
const held = (cy: cytoscape.Core) =>
  cy
    .elements()
    .map((e) => e.id())
    .sort();
const large = { all: false, nodes: false, painted: null };

describe('applyView', () => {
  it('when a step ends one relationship and begins another, then the first is removed and the second added', () => {
    const cy = cytoscape({ headless: true });
    const state = fresh();
    applyView(
      cy,
      index,
      new Map([
        ['a', ''],
        ['b', ''],
        ['c', 'hidden isolated'],
        ['e:1', 'arrived'],
        ['e:2', 'hidden'],
      ]),
      state,
      large,
    );
    expect(held(cy)).toEqual(['a', 'b', 'e:1']);
    applyView(
      cy,
      index,
      new Map([
        ['a', 'isolated culled'],
        ['b', ''],
        ['c', ''],
        ['e:1', 'hidden'],
        ['e:2', ''],
      ]),
      state,
      large,
    );
    expect(held(cy)).toEqual(['b', 'c', 'e:2']);
    expect(cy.elements('.hidden, .culled').length).toBe(0);
    // Back again: the removed elements are restored with their new classes.
    applyView(
      cy,
      index,
      new Map([
        ['a', ''],
        ['b', ''],
        ['c', 'hidden'],
        ['e:1', ''],
        ['e:2', 'hidden'],
      ]),
      state,
      large,
    );
    expect(held(cy)).toEqual(['a', 'b', 'e:1']);
    expect(cy.getElementById('e:1').hasClass('arrived')).toBe(false);
  });

  it('should leave painted relationships to the paint layer and keep small networks’ hidden nodes, hidden by class', () => {
    const cy = cytoscape({ headless: true });
    const wanted = new Map([
      ['a', ''],
      ['b', ''],
      ['c', 'hidden'],
      ['e:1', ''],
      ['e:2', 'hidden'],
    ]);
    applyView(cy, index, wanted, fresh(), { all: false, nodes: false, painted: { edges: new Set(['e:1']), nodes: new Set() } });
    expect(held(cy)).toEqual(['a', 'b']);
    const small = cytoscape({ headless: true });
    applyView(small, index, wanted, fresh(), { all: false, nodes: true, painted: null });
    expect(held(small)).toEqual(['a', 'b', 'c', 'e:1']);
    expect(small.getElementById('c').hasClass('hidden')).toBe(true);
  });
});
