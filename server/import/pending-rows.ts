// Rows for the batched import's relationship writes, built straight from records the validation phase already
// checked (no second zod parse per row on the hot path): only the properties a new relationship stores (no nulls,
// no empty lists), its id and the import's marker inside, each distinct date parsed once.
import type { Dataset } from './dataset-schema.js';
import { relationshipRow, toDate } from './rows.js';
import { parsePartialDate, parsePartialEnd } from './dates.js';

type RelationshipRecord = Dataset['relationships'][number];

/** What import-pending-relationships and import-relationships-found read of a row. */
export interface PendingRelationshipRow {
  id: string;
  source: string;
  target: string;
  type: string;
  props: Record<string, unknown>;
}

/** A date and its precision by the text the record gives; few distinct values in a whole file, so parsed once each. */
const DATE_CACHE_LIMIT = 50_000;
const startCache = new Map<string, [unknown, string]>();
const endCache = new Map<string, [unknown, string]>();

function cachedDate(raw: string, end: boolean): [unknown, string] | null {
  const cache = end ? endCache : startCache;
  const known = cache.get(raw);
  if (known) return known;
  const parsed = (end ? parsePartialEnd : parsePartialDate)(raw);
  if (typeof parsed === 'string') return null;
  const value: [unknown, string] = [toDate(parsed), parsed.precision];
  if (cache.size < DATE_CACHE_LIMIT) cache.set(raw, value);
  return value;
}

/** Sets `key` on `props` unless the value is null, undefined or an empty list (SET r = props would store nothing). */
function put(props: Record<string, unknown>, key: string, value: unknown): void {
  if (value == null || (Array.isArray(value) && value.length === 0)) return;
  props[key] = value;
}

/** A validated relationship record as the row of a new relationship, marked with `importId`. */
export function pendingRelationshipRow(raw: unknown, importId: string): PendingRelationshipRow {
  const r = raw as RelationshipRecord;
  const props: Record<string, unknown> = { ...r.properties };
  for (const [key, value, end] of [
    ['since', r.since, false],
    ['until', r.until, true],
  ] as const) {
    const date = value == null ? null : cachedDate(value, end);
    if (date) [props[key], props[`${key}Precision`]] = date;
  }
  put(props, 'sinceQualifier', r.sinceQualifier);
  put(props, 'untilQualifier', r.untilQualifier);
  put(props, 'scope', r.scope);
  put(props, 'status', r.status);
  put(props, 'note', r.note);
  put(props, 'noteZh', r.noteZh);
  put(
    props,
    'inferredFields',
    r.inferred?.map((f) => f.field),
  );
  put(
    props,
    'inferredNotes',
    r.inferred?.map((f) => f.note),
  );
  props.sources = r.sources.map((s) => s.id);
  props.sourcePointers = r.sources.map((s) => `${s.id} ${s.pointer}`);
  if (r.disagreement) {
    put(props, 'disputedField', r.disagreement.field);
    put(props, 'disputedValue', r.disagreement.value);
    put(props, 'disputedSource', r.disagreement.source);
    put(props, 'disputedNote', r.disagreement.note);
  }
  props.id = r.id;
  props.hulianImport = importId;
  return { id: r.id, source: r.source, target: r.target, type: r.type, props };
}

/** A validated relationship record as import-relationships expects it (every field, nulls included: `+=` refreshes);
 * no inferred fields is null (rows.ts), as the new rows leave them out, so importing a file twice changes nothing. */
export function refreshRelationshipRow(raw: unknown) {
  const r = raw as RelationshipRecord;
  return relationshipRow({ ...r, inferred: r.inferred ?? [] });
}
