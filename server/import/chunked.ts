// A dataset whose relationships are read in chunks (a million-row edge list), and its validation chunk by chunk:
// the same checks and messages as validateDataset, in memory that does not grow with the rows.
import { validateDataset, type RawDataset, type ValidateOptions, type ValidationIssue } from './validate.js';

export interface ChunkedDataset {
  /** Everything but the relationships (sources, vocabulary, nodes, milestones, presentation). */
  head: RawDataset;
  relationshipCount: number;
  /** Relationship records `from` to `to` (exclusive) and their names for messages ("line 7"). */
  relationships(from: number, to: number): { records: unknown[]; names: string[] };
}

/** A whole in-memory dataset (a JSON file) as a chunked one. */
export function chunkedFromRaw(raw: RawDataset): ChunkedDataset {
  const names = raw.recordNames?.relationships;
  return {
    head: { ...raw, relationships: [], recordNames: { ...raw.recordNames, relationships: [] } },
    relationshipCount: raw.relationships.length,
    relationships: (from, to) => ({
      records: raw.relationships.slice(from, to),
      names: raw.relationships.slice(from, to).map((_, i) => names?.[from + i] ?? `record ${from + i + 1}`),
    }),
  };
}

/** The head with one chunk of relationships, for validateDataset; the other parts are checked once, with the head. */
function withChunk(head: RawDataset, records: unknown[], names: string[]): RawDataset {
  return {
    ...head,
    nodes: [],
    milestones: [],
    relationships: records,
    files: { ...head.files, sources: CHECKED, vocabulary: CHECKED, nodes: CHECKED, milestones: CHECKED },
    recordNames: { relationships: names },
  };
}
const CHECKED = '\u0000checked with the head';

interface ChunkedValidation {
  issues: ValidationIssue[];
  /** The relationship types the records use (an import writes only those vocabulary entries). */
  usedTypes: Set<string>;
}

/** Validates the head once, then the relationships `chunkSize` at a time; `onProgress(done)` after each chunk. */
export function validateChunked(
  data: ChunkedDataset,
  options: ValidateOptions,
  chunkSize = 20_000,
  onProgress?: (done: number) => void,
): ChunkedValidation {
  const head = validateDataset(data.head, options);
  const issues = [...head.issues];
  const knownNodes = new Map([...(options.knownNodes ?? []), ...head.dataset.nodes.map((n) => [n.id, n.kind] as const)]);
  const usedTypes = new Set<string>();
  const seen = new Set<string>();
  for (let from = 0; from < data.relationshipCount; from += chunkSize) {
    const { records, names } = data.relationships(from, from + chunkSize);
    const chunk = validateDataset(withChunk(data.head, records, names), { ...options, knownNodes });
    issues.push(...chunk.issues.filter((issue) => issue.file !== CHECKED));
    records.forEach((record, i) => {
      const { id, type } = (record ?? {}) as { id?: unknown; type?: unknown };
      if (typeof type === 'string') usedTypes.add(type);
      if (typeof id !== 'string') return;
      // Duplicates within the chunk are validateDataset's; `seen` holds the earlier chunks' ids.
      if (seen.has(id))
        issues.push({
          file: data.head.files.relationships,
          record: `${names[i]} (id ${JSON.stringify(id)})`,
          field: 'id',
          message: `duplicate id "${id}"`,
        });
    });
    records.forEach((record) => {
      const { id } = (record ?? {}) as { id?: unknown };
      if (typeof id === 'string') seen.add(id);
    });
    onProgress?.(Math.min(from + chunkSize, data.relationshipCount));
  }
  return { issues, usedTypes };
}
