// The snapshot exports (client/src/lib/export-data.ts): the CSV carries one column per relationship property key found
// among the shown edges, and reads back to the same values; the JSON keeps each edge's properties.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { snapshotCsv, snapshotJson } from '../../client/src/lib/export-data';
import type { Edge, GraphNode } from '../../client/src/types';

const edge = (id: string, props: Edge['props']): Edge & { shownAs: string } => ({
  id,
  source: 'a',
  target: 'b',
  type: 'RATES',
  since: '2013-04-01',
  until: null,
  sincePrecision: 'day',
  untilPrecision: null,
  status: null,
  note: null,
  sources: [{ id: 's', pointer: 'line 1' }],
  disputed: null,
  props,
  shownAs: 'in-force',
});
const nodes = new Map<string, GraphNode>(
  ['a', 'b'].map((id) => [
    id,
    { id, name: id.toUpperCase(), nameZh: null, kind: 'Node', owner: null, group: 'g', aliases: [], description: null },
  ]),
);
const rowsOf = (csv: string) => parse(csv, { columns: true }) as Record<string, string>[];

describe('snapshotCsv', () => {
  it('when no edge has properties, then it has only the fixed columns', () => {
    const [header] = snapshotCsv([edge('r1', {}), edge('r2', undefined)], nodes).split('\r\n');
    expect(header!.split(',')).not.toContain('rating');
    expect(header!.split(',').at(-1)).toBe('sources');
  });

  it('should add one column per property key found, each row holding its own value or nothing', () => {
    const edges = [edge('r1', { rating: -3, verified: true }), edge('r2', { rating: 10, comment: 'fine, "really"' }), edge('r3', {})];
    const rows = rowsOf(snapshotCsv(edges, nodes));
    const keys = [...new Set(edges.flatMap((e) => Object.keys(e.props ?? {})))];
    for (const [i, e] of edges.entries()) {
      for (const key of keys) expect(rows[i]![key], `${e.id}.${key}`).toBe(e.props?.[key] === undefined ? '' : String(e.props[key]));
    }
  });

  it('when a property key is also a fixed column, then its column is prefixed and the fixed one is kept', () => {
    const rows = rowsOf(snapshotCsv([edge('r1', { status: 'verified', note: 'n' })], nodes));
    expect(rows[0]).toMatchObject({ status: '', note: '', prop_status: 'verified', prop_note: 'n' });
  });

  it('should take its property columns from all the data, so every snapshot has the same columns', () => {
    const all = [edge('r1', { rating: 1 }), edge('r2', { weight: 2 })];
    const [header] = snapshotCsv([all[0]!], nodes, all).split('\r\n');
    expect(header!.split(',').slice(-2)).toEqual(['rating', 'weight']);
  });
});

describe('snapshotJson', () => {
  it("should keep every shown edge's own properties", () => {
    const edges = [edge('r1', { rating: 7 })];
    expect(snapshotJson('2014-12-31', 'asof', [...nodes.values()], edges, new Map()).edges.map((e) => e.props)).toEqual([{ rating: 7 }]);
  });
});
