// Reads a user's JSON network file: { nodes, relationships, sources?, vocabulary?, milestones?, dataset? }, each a list
// of records shaped like the bundled data/*.json (`dataset`: the presentation, as data/dataset.json). Records are named
// by their JSON path ("relationships[3]") in messages.
import { readFileSync } from 'node:fs';
import type { RawDataset } from './validate.js';

const PARTS = ['sources', 'vocabulary', 'nodes', 'relationships', 'milestones'] as const;
const REQUIRED = new Set(['nodes', 'relationships']);
/** The optional key holding the dataset's presentation (title, text, curated groups). */
const PRESENTATION_KEY = 'dataset';

/** Thrown when the file is not JSON or not an object of record lists; the message names the file and key. */
export class NetworkFileError extends Error {}

/** The file source attached to relationships that list no source of their own (only when the user asks for it). */
export interface FileSource {
  id: string;
  title: string;
  /** YYYY-MM-DD: --source-date, else the file's modification day. */
  date: string;
}

/** Parses the file into an unvalidated dataset. With `fileSource`, relationships without sources cite the file. */
export function readNetworkJson(path: string, file: string, fileSource?: FileSource): RawDataset {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new NetworkFileError(`${file}: cannot read JSON (${error instanceof Error ? error.message : error})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new NetworkFileError(`${file}: must hold an object { "nodes": [...], "relationships": [...] }`);
  }
  const object = parsed as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    if (!(PARTS as readonly string[]).includes(key) && key !== PRESENTATION_KEY)
      throw new NetworkFileError(`${file}: unknown key "${key}"; the keys are ${[...PARTS, PRESENTATION_KEY].join(', ')}`);
  }
  const parts = Object.fromEntries(
    PARTS.map((part) => {
      const value = object[part];
      if (value === undefined && !REQUIRED.has(part)) return [part, []];
      if (!Array.isArray(value)) throw new NetworkFileError(`${file}: "${part}" must be a list of records`);
      return [part, value];
    }),
  ) as Record<(typeof PARTS)[number], unknown[]>;
  if (fileSource) attachFileSource(parts, file, fileSource);
  return {
    ...parts,
    files: Object.fromEntries(PARTS.map((p) => [p, file])) as RawDataset['files'],
    recordNames: Object.fromEntries(PARTS.map((p) => [p, parts[p].map((_, i) => `${p}[${i}]`)])),
    ...(object[PRESENTATION_KEY] !== undefined && { presentation: { file, value: object[PRESENTATION_KEY] } }),
  };
}

function attachFileSource(parts: Record<(typeof PARTS)[number], unknown[]>, file: string, source: FileSource): void {
  let used = false;
  parts.relationships = parts.relationships.map((record, i) => {
    const rel = record as { sources?: unknown[] } | null;
    if (typeof rel !== 'object' || rel === null || (Array.isArray(rel.sources) && rel.sources.length)) return record;
    used = true;
    return { ...rel, sources: [{ id: source.id, pointer: `relationships[${i}]` }] };
  });
  const declared = parts.sources.some((s) => (s as { id?: unknown } | null)?.id === source.id);
  if (used && !declared) {
    parts.sources = [
      ...parts.sources,
      {
        id: source.id,
        title: source.title,
        publisher: 'imported file',
        date: source.date,
        language: 'und',
        url: null,
        file,
      },
    ];
  }
}
