// Pure builders for the snapshot exports (JSON and CSV); provenance (sources) travels with every edge.
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

/** One CSV row per shown edge, with both names of each end and the sources as "id@pointer; …". */
export function snapshotCsv(edges: (Edge & { shownAs: string })[], nodes: Map<string, GraphNode>): string {
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
    ]
      .map(csvField)
      .join(',');
  });
  return [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
