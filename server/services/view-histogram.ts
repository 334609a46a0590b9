// The time histogram of any database, counted in Neo4j (issue #19): one row per bucket whatever the size, through the
// time property's range index when it has one (one index range per bucket), else in one pass over the relationships.
import type { LensRelationship } from '../../contract/lens.js';
import type { Database, Row } from '../db/database.js';
import { readLens } from '../lens/run.js';
import type { Bindings } from '../lens/templates.js';
import type { Reading } from '../lens/reading.js';
import { readIndexes } from '../lens/schema-read.js';
import {
  FIRST_DAY,
  boundOf,
  bucketsOf,
  dayOf,
  readableRelationships,
  unitForSpan,
  type Bucket,
  type BucketUnit,
  type Form,
} from './view-time.js';

interface HistogramBucket {
  at: string;
  began: number;
  ended: number;
}

export interface Histogram {
  /** First and last day of the data (null when there is none), and the unit the buckets cut it into. */
  first: string | null;
  last: string | null;
  unit: BucketUnit;
  buckets: HistogramBucket[];
  /** Relationships counted (each once, by its start). */
  relationships: number;
}

interface TimeKey {
  type: string;
  key: string;
  form: Form;
}

const timeKeysOf = (relationships: readonly LensRelationship[]) =>
  relationships.flatMap((r) => [
    { type: r.type, key: r.start.key, form: r.start.form, end: false },
    ...(r.end ? [{ type: r.type, key: r.end.key, form: r.end.form, end: true }] : []),
  ]);

function read(db: Database, reading: Reading, name: string, time: TimeKey, params: Record<string, unknown>, timeoutMs: number) {
  const bindings: Bindings = { type: time.type, time: time.key, visible: reading.own };
  if (name === 'view-time-span') bindings.labels = reading.lens.labels;
  return readLens(db, name, bindings, reading.schema, params, timeoutMs);
}

/** The first and last day of the data, over every start and end. */
async function span(db: Database, reading: Reading, timeoutMs: number): Promise<{ first: string; last: string } | null> {
  const days: string[] = [];
  for (const time of timeKeysOf(readableRelationships(reading.present, reading.schema.propertyKeys))) {
    const [row] = await read(db, reading, 'view-time-span', time, { from: boundOf(time.form, FIRST_DAY) }, timeoutMs);
    for (const value of [row?.first, row?.last]) {
      const day = dayOf(time.form, value);
      if (day) days.push(day);
    }
  }
  days.sort();
  return days.length ? { first: days[0]!, last: days.at(-1)! } : null;
}

/** Counts per bucket of one time property: by index ranges when indexed, else by one scan. */
async function countsOf(db: Database, reading: Reading, time: TimeKey, buckets: Bucket[], indexed: boolean, timeoutMs: number) {
  let rows: Row[];
  if (indexed) {
    const ranges = buckets.map((b) => ({ at: b.at, from: boundOf(time.form, b.from), before: boundOf(time.form, b.before) }));
    rows = await read(db, reading, 'view-histogram', time, { buckets: ranges }, timeoutMs);
    return rows.map((row) => Number(row.count));
  }
  const bounds = [...buckets.map((b) => boundOf(time.form, b.from)), boundOf(time.form, buckets.at(-1)!.before)];
  rows = await read(db, reading, 'view-histogram-scan', time, { bounds }, timeoutMs);
  const counts = buckets.map(() => 0);
  for (const row of rows) counts[Number(row.bucket)] = Number(row.count);
  return counts;
}

/** The histogram of `reading`'s relationships by start (began) and end (ended) per bucket of the span's unit. */
export async function histogram(db: Database, reading: Reading, timeoutMs: number): Promise<Histogram> {
  const found = await span(db, reading, timeoutMs);
  if (!found) return { first: null, last: null, unit: 'year', buckets: [], relationships: 0 };
  const unit = unitForSpan(found.first, found.last);
  const buckets = bucketsOf(found.first, found.last, unit);
  const indexes = await readIndexes(db);
  const isIndexed = (time: TimeKey) =>
    indexes.some(
      (i) => i.entityType === 'RELATIONSHIP' && i.type === 'RANGE' && i.labelsOrTypes[0] === time.type && i.properties[0] === time.key,
    );
  const began = buckets.map(() => 0);
  const ended = buckets.map(() => 0);
  for (const time of timeKeysOf(readableRelationships(reading.present, reading.schema.propertyKeys))) {
    const counts = await countsOf(db, reading, time, buckets, isIndexed(time), timeoutMs);
    counts.forEach((count, i) => ((time.end ? ended : began)[i]! += count));
  }
  return {
    first: found.first,
    last: found.last,
    unit,
    buckets: buckets.map((b, i) => ({ at: b.at, began: began[i]!, ended: ended[i]! })),
    relationships: began.reduce((a, b) => a + b, 0),
  };
}
