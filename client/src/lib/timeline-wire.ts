// Decodes /api/timeline's wire form (edges as { fields, rows } in the contract's EDGE_FIELDS order) into the in-memory
// Timeline the rest of the client uses, with one Edge object per row. Columns are found by name, so their order may change.
import { EDGE_FIELDS, type EdgeField } from '../../../contract/edge-fields';
import type { Answer, Edge, Timeline } from '../types';

/** Turns the wire payload into a Timeline; throws a TypeError naming what is missing when the edges are not { fields, rows }.
 * An empty database has no year range; the Timeline then spans the current year. */
export function decodeTimeline(wire: Answer<'timeline'>): Timeline {
  const edges = wire?.edges;
  if (!edges || !Array.isArray(edges.fields) || !Array.isArray(edges.rows)) {
    throw new TypeError('timeline: `edges` must be { fields: string[], rows: unknown[][] }');
  }
  const column = Object.fromEntries(
    EDGE_FIELDS.map((field) => {
      const index = edges.fields.indexOf(field);
      if (index < 0) throw new TypeError(`timeline: the edge field "${field}" is missing from \`edges.fields\``);
      return [field, index];
    }),
  ) as Record<EdgeField, number>;
  const thisYear = new Date().getUTCFullYear();
  return {
    ...wire,
    range: wire.range ?? { from: thisYear, to: thisYear },
    edges: edges.rows.map((row) => decodeEdge(row, column)),
  };
}

function decodeEdge(row: readonly unknown[], column: Record<EdgeField, number>): Edge {
  const at = <F extends EdgeField>(field: F) => row[column[field]] as Edge[F];
  const pairs = (row[column.sources] ?? []) as [string, string][];
  const sources: Edge['sources'] = [];
  for (const pair of pairs) sources.push({ id: pair[0], pointer: pair[1] });
  return {
    id: at('id'),
    source: at('source'),
    target: at('target'),
    type: at('type'),
    since: at('since'),
    until: at('until'),
    sincePrecision: at('sincePrecision'),
    untilPrecision: at('untilPrecision'),
    status: at('status'),
    note: at('note'),
    sources,
    disputed: at('disputed'),
    sinceQualifier: at('sinceQualifier'),
    untilQualifier: at('untilQualifier'),
    scope: at('scope'),
    noteZh: at('noteZh'),
    inferred: at('inferred'),
    props: at('props') ?? {},
  };
}
