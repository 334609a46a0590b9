// What an import may refer to besides its own records: nodes already in the database, and relationship types from
// the database's vocabulary (:RelType) or the bundled one. Only the types the file uses are written (MERGE: no change).
import type { Database } from '../db/database.js';
import { DATA_DIR, readJsonArray } from './bundled.js';
import { vocabularySchema, type VocabularyRecord } from './dataset-schema.js';
import type { RawDataset } from './validate.js';
import { join } from 'node:path';

type Loose = Record<string, unknown> | null;
const ids = (list: unknown[], key: string) => list.map((r) => (r as Loose)?.[key]).filter((v): v is string => typeof v === 'string');

/** Node ids the dataset refers to (relationship ends, owners, regulators, concerns) that it does not define. */
export function referencedNodeIds(raw: RawDataset): string[] {
  const defined = new Set(ids(raw.nodes, 'id'));
  const concerns = raw.milestones
    .flatMap((m) => ((m as Loose)?.concerns as unknown[] | undefined) ?? [])
    .filter((v): v is string => typeof v === 'string');
  const wanted = [
    ...ids(raw.relationships, 'source'),
    ...ids(raw.relationships, 'target'),
    ...ids(raw.nodes, 'owner'),
    ...ids(raw.milestones, 'regulator'),
    ...concerns,
  ];
  return [...new Set(wanted)].filter((id) => !defined.has(id));
}

/** Entities already in the database among `wanted` (id → kind); none when the import replaces everything. */
export async function existingEntities(db: Database, wanted: string[], replace: boolean): Promise<Map<string, string>> {
  if (replace || wanted.length === 0) return new Map();
  const rows = await db.read('import-existing-entities', { ids: wanted }, 60_000);
  return new Map(rows.map((row) => [String(row.id), String(row.kind)]));
}

/** The vocabulary an import may use without declaring it: the database's (unless replacing), then the bundled one. */
export async function knownVocabulary(db: Database, replace: boolean): Promise<Map<string, VocabularyRecord>> {
  const known = new Map<string, VocabularyRecord>();
  const add = (record: unknown) => {
    const cleaned = Object.fromEntries(Object.entries(record as Record<string, unknown>).filter(([, v]) => v !== null));
    const parsed = vocabularySchema.safeParse(cleaned);
    if (parsed.success && !known.has(parsed.data.type)) known.set(parsed.data.type, parsed.data);
  };
  if (!replace) (await db.read('import-known-types')).forEach(add);
  readJsonArray(join(DATA_DIR, 'vocabulary.json')).forEach(add);
  return known;
}

/** Adds each known type the dataset does not declare itself to its vocabulary, so validation can name every known type. */
export function withKnownVocabulary(raw: RawDataset, known: Map<string, VocabularyRecord>): RawDataset {
  const declared = new Set(ids(raw.vocabulary, 'type'));
  const extra = [...known.values()].filter((v) => !declared.has(v.type));
  return extra.length ? { ...raw, vocabulary: [...raw.vocabulary, ...extra] } : raw;
}

/** Relationship types the dataset's records use: its relationships' types, and OWNS when a node names an owner. */
export function usedTypes(raw: RawDataset): Set<string> {
  const used = new Set(ids(raw.relationships, 'type'));
  if (ids(raw.nodes, 'owner').length) used.add('OWNS');
  return used;
}

/** The dataset with only the vocabulary entries its records (or `alsoUsed`: chunked relationships) use: an import writes no type the file does not use. */
export function onlyUsedVocabulary(raw: RawDataset, alsoUsed: Iterable<string> = []): RawDataset {
  const used = new Set([...usedTypes(raw), ...alsoUsed]);
  const kept = raw.vocabulary
    .map((record, index) => ({ record, index }))
    .filter(({ record }) => used.has((record as Loose)?.type as string));
  const names = raw.recordNames?.vocabulary;
  return {
    ...raw,
    vocabulary: kept.map(({ record }) => record),
    recordNames: { ...raw.recordNames, ...(names ? { vocabulary: kept.map(({ index }) => names[index]!) } : {}) },
  };
}
