// Decodes /api/timeline's wire form (edges as { fields, rows }, see docs/api.md) into the in-memory Timeline the rest
// of the client uses, with one GraphEdge object per row. Columns are found by name, so their order may change.
import type { GraphEdge, SourceRef, Timeline, TimelineWire } from '../types';

type EdgeField = keyof GraphEdge;
const EDGE_FIELDS: readonly EdgeField[] = [
  'id', 'source', 'target', 'type', 'since', 'until', 'sincePrecision', 'untilPrecision', 'status', 'note', 'sources', 'disputed',
];

/** Turns the wire payload into a Timeline; throws a TypeError naming what is missing when the edges are not { fields, rows }. */
export function decodeTimeline(wire: TimelineWire): Timeline {
  const edges = wire?.edges;
  if (!edges || !Array.isArray(edges.fields) || !Array.isArray(edges.rows)) {
    throw new TypeError('timeline: `edges` must be { fields: string[], rows: unknown[][] }');
  }
  const column = Object.fromEntries(EDGE_FIELDS.map((field) => {
    const index = edges.fields.indexOf(field);
    if (index < 0) throw new TypeError(`timeline: the edge field "${field}" is missing from \`edges.fields\``);
    return [field, index];
  })) as Record<EdgeField, number>;
  return { ...wire, edges: edges.rows.map((row) => decodeEdge(row, column)) };
}

function decodeEdge(row: readonly unknown[], column: Record<EdgeField, number>): GraphEdge {
  const at = (field: EdgeField) => row[column[field]];
  const pairs = (at('sources') ?? []) as [string, string][];
  return {
    id: at('id') as string,
    source: at('source') as string,
    target: at('target') as string,
    type: at('type') as string,
    since: at('since') as GraphEdge['since'],
    until: at('until') as GraphEdge['until'],
    sincePrecision: at('sincePrecision') as GraphEdge['sincePrecision'],
    untilPrecision: at('untilPrecision') as GraphEdge['untilPrecision'],
    status: at('status') as GraphEdge['status'],
    note: at('note') as GraphEdge['note'],
    sources: pairs.map(([id, pointer]): SourceRef => ({ id, pointer })),
    disputed: at('disputed') as GraphEdge['disputed'],
  };
}
