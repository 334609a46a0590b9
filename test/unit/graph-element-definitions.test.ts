// The graph's element definitions: nodes and ownership links defined at once, relationships found by element id;
// colours hold for definitions made before and after a recolouring; Cytoscape's pending set gives each definition once.
import { describe, expect, it } from 'vitest';
import { buildElements, edgeElementId } from '../../client/src/graph/element-data.js';
import type { Edge, GraphNode } from '../../client/src/types.js';

const node = (id: string, owner: string | null = null): GraphNode =>
  ({ id, name: id, nameZh: null, kind: 'Company', owner, group: `g-${id}`, aliases: [], description: null }) as GraphNode;
const edge = (id: string, source: string, target: string, type: string, rating: number): Edge =>
  ({ id, source, target, type, since: '2020-01-01', until: null, props: { rating }, sources: [] }) as unknown as Edge;

const look = {
  groupColors: new Map([['g-a', '#aa0000']]),
  typeColors: new Map([
    ['PAYS', '#0000aa'],
    ['LINKS', '#00aa00'],
  ]),
  lineStyle: (type: string) => (type === 'PAYS' ? ('dashed' as const) : ('solid' as const)),
};
const network = () =>
  buildElements(
    [node('a'), node('b'), node('c', 'a')],
    [edge('1', 'a', 'b', 'PAYS', 5), edge('2', 'b', 'c', 'LINKS', -3), edge('3', 'b', 'gone', 'LINKS', 0)],
    'en',
    { a: [0, 0], b: [10, 0], c: [0, 10] },
    look,
  );

describe('ElementDefinitions', () => {
  it('should define every node and ownership link at once and each relationship by its type, in index order', () => {
    const { index, definitions } = network();
    expect(definitions.nodes.map((d) => [d.data.id, d.data.color, d.position])).toEqual([
      ['a', '#aa0000', { x: 0, y: 0 }],
      ['b', expect.any(String), { x: 10, y: 0 }],
      ['c', expect.any(String), { x: 0, y: 10 }],
    ]);
    expect(definitions.ownership.map((d) => [d.data.id, d.data.source, d.data.target])).toEqual([['owns:c', 'a', 'c']]);
    // The relationship to a node the network does not have is left out of both.
    expect(index.edges.map((e) => e.elementId)).toEqual([edgeElementId('1'), edgeElementId('2')]);
    expect(definitions.edgeColours).toEqual(['#0000aa', '#00aa00']);
  });

  it('when a relationship is asked for by element id, then its definition carries what the style and hover read', () => {
    const { definitions } = network();
    const made = definitions.get(edgeElementId('2'));
    expect(made).toEqual({
      group: 'edges',
      data: {
        id: 'e:2',
        apiId: '2',
        source: 'b',
        target: 'c',
        type: 'LINKS',
        props: { rating: -3 },
        typeColor: '#00aa00',
        color: '#00aa00',
        line: 'solid',
      },
    });
    expect(definitions.get(edgeElementId('2'))).toBe(made);
    expect(definitions.get('b')?.data.label).toBe('b');
    expect(definitions.get(edgeElementId('3'))).toBeUndefined();
    expect(definitions.get('nowhere')).toBeUndefined();
  });

  it('when relationships are recoloured, then definitions made before and after carry the new colour', () => {
    const { definitions } = network();
    const before = definitions.get(edgeElementId('1'))!;
    const colours = definitions.recolour((e, typeColour) => ((e.props?.rating as number) > 0 ? '#ffffff' : typeColour));
    expect(colours).toEqual(['#ffffff', '#00aa00']);
    expect(before.data.color).toBe('#ffffff');
    expect(definitions.get(edgeElementId('2'))!.data.color).toBe('#00aa00');
    expect(definitions.get(edgeElementId('2'))!.data.typeColor).toBe('#00aa00');
  });

  it('when a pending definition is taken, then the pending set no longer gives it, and a new set gives it again', () => {
    const { definitions } = network();
    const pending = definitions.pending();
    expect(pending.get(edgeElementId('1'))?.data.id).toBe('e:1');
    expect(pending.delete(edgeElementId('1'))).toBe(true);
    expect(pending.get(edgeElementId('1'))).toBeUndefined();
    expect(pending.delete(edgeElementId('1'))).toBe(false);
    expect(pending.get('a')?.data.id).toBe('a');
    expect(definitions.pending().get(edgeElementId('1'))?.data.id).toBe('e:1');
  });
});
