// Shapes of the API's JSON (docs/api.md), as the client reads them.

export type Precision = 'year' | 'month' | 'day';

export interface SourceRef { id: string; pointer: string }

export interface GraphNode {
  id: string;
  name: string;
  nameZh: string;
  kind: string;
  owner: string | null;
  group: string;
  aliases: string[];
  description: string | null;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  since: string;
  until: string | null;
  sincePrecision: Precision;
  untilPrecision: Precision | null;
  status: string | null;
  note: string | null;
  sources: SourceRef[];
  disputed: null | { field: string; value: string; source: string; note: string };
}

export interface Milestone {
  id: string;
  date: string;
  datePrecision: Precision;
  title: string;
  titleZh: string;
  note: string | null;
  regulator: string | null;
  concerns: string[];
  sources: SourceRef[];
}

export interface VocabularyEntry {
  type: string;
  label: string;
  labelZh: string;
  description: string;
  category: 'open' | 'closed' | 'regulatory' | 'legal' | 'commercial' | 'ownership';
}

export interface Source {
  id: string;
  title: string;
  titleEn: string | null;
  publisher: string | null;
  date: string | null;
  language: string | null;
  url: string | null;
  file: string | null;
}

export interface YearCount { year: number; began: number; ended: number; inForce: number }

export interface Timeline {
  range: { from: number; to: number };
  nodes: GraphNode[];
  edges: GraphEdge[];
  milestones: Milestone[];
  vocabulary: VocabularyEntry[];
  sources: Source[];
  years: YearCount[];
  /** Server-computed [x, y] per node id for large networks (null for small ones, which the client lays out). */
  positions: Record<string, [number, number]> | null;
}

/** One edge on the wire: its values in the order of `TimelineWire['edges']['fields']`; `sources` as [id, pointer] pairs. */
export type EdgeRow = unknown[];

/** /api/timeline as it travels (docs/api.md): the Timeline with its edges as one header of field names and rows of values. */
export interface TimelineWire extends Omit<Timeline, 'edges'> {
  edges: { fields: string[]; rows: EdgeRow[] };
}

export interface GraphAt { at: string; nodes: GraphNode[]; edges: GraphEdge[] }

export interface SearchHit extends GraphNode { score: number; matched: 'name' | 'nameZh' | 'alias' }

export interface NodeDetails {
  node: GraphNode;
  owner: GraphNode | null;
  owns: GraphNode[];
  relationships: (GraphEdge & { direction: 'out' | 'in'; other: GraphNode })[];
  milestones: Milestone[];
}

export interface Neighbourhood { at: string; center: string; nodes: GraphNode[]; edges: GraphEdge[] }

export interface Path { nodes: string[]; edges: GraphEdge[] }

export interface PathsResult { at: string; from: string; to: string; paths: Path[] }

export interface EarliestPath { from: string; to: string; date: string | null; path: Path | null }

export interface CatalogQuery {
  id: string;
  title: string;
  titleZh: string;
  cypher: string;
  params: { name: string; type: string; default: unknown }[];
}

export interface CypherResult {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
  truncatedBy: 'rows' | 'bytes' | null;
  rowLimit: number;
  maxBytes: number;
  timing: { ms: number };
  graph: { nodes: GraphNode[]; edges: GraphEdge[] };
}

export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  field?: string;
  reason?: string;
  position?: { line: number; column: number; offset: number };
}
