// Pure builders for the snapshot exports (JSON and CSV); provenance (sources) and each relationship's own properties
// travel with every edge (in CSV, one column per property key found among the edges).
import type { Edge, GraphNode, Source } from '../types';

export interface SnapshotExport {
  at: string;
  mode: string;
  nodes: GraphNode[];
  edges: (Edge & { shownAs: string })[];
  sources: Source[];
}

/** The snapshot as a self-contained JSON document: shown nodes, edges (with how they are shown) and the cited sources. */
export function snapshotJson(
  at: string,
  mode: string,
  nodes: GraphNode[],
  edges: (Edge & { shownAs: string })[],
  sources: Map<string, Source>,
): SnapshotExport {
  const cited = new Set(edges.flatMap((e) => e.sources.map((s) => s.id)));
  return { at, mode, nodes, edges, sources: [...cited].sort().flatMap((id) => sources.get(id) ?? []) };
}

/** Quotes a CSV field when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const COLUMNS = [
  'id',
  'type',
  'source',
  'source_name',
  'source_name_zh',
  'target',
  'target_name',
  'target_name_zh',
  'since',
  'until',
  'status',
  'shown_as',
  'note',
  'sources',
] as const;

/** The property keys found among `edges`, sorted, each with its CSV column name (prefixed "prop_" where it would
 * clash with a fixed column). */
function propColumns(edges: Pick<Edge, 'props'>[]): { key: string; column: string }[] {
  const keys = new Set(edges.flatMap((e) => Object.keys(e.props ?? {})));
  const fixed = new Set<string>(COLUMNS);
  return [...keys].sort().map((key) => ({ key, column: fixed.has(key) ? `prop_${key}` : key }));
}

/** One CSV row per shown edge, with both names of each end, the sources as "id@pointer; …" and one column per
 * property key found among `allEdges` (the whole data, so every snapshot has the same columns; empty where an edge
 * lacks the property). */
export function snapshotCsv(
  edges: (Edge & { shownAs: string })[],
  nodes: Map<string, GraphNode>,
  allEdges: Pick<Edge, 'props'>[] = edges,
): string {
  const props = propColumns(allEdges);
  const rows = edges.map((e) => {
    const s = nodes.get(e.source);
    const t = nodes.get(e.target);
    return [
      e.id,
      e.type,
      e.source,
      s?.name,
      s?.nameZh,
      e.target,
      t?.name,
      t?.nameZh,
      e.since,
      e.until,
      e.status,
      e.shownAs,
      e.note,
      e.sources.map((src) => `${src.id}@${src.pointer}`).join('; '),
      ...props.map(({ key }) => e.props?.[key]),
    ]
      .map(csvField)
      .join(',');
  });
  return [[...COLUMNS, ...props.map((p) => p.column)].map(csvField).join(','), ...rows].join('\r\n') + '\r\n';
}
