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

/** Starts per bucket of each type, kept beside the histogram so that a view whose period is whole buckets is counted
 * without asking Neo4j again (view-service.ts): the default step is one bucket, and as of a date, everything before it. */
export interface StartCounts {
  /** The data's first and last day (nothing starts outside them), and the buckets that cover them. */
  first: string | null;
  last: string | null;
  buckets: Bucket[];
  byType: Map<string, number[]>;
}

/** How many relationships of `type` start in the days [from, before) when those are whole buckets (or reach past the
 * data's ends), else null. */
export function startsBetween(starts: StartCounts, type: string, from: string, before: string): number | null {
  const perBucket = starts.byType.get(type);
  const { buckets } = starts;
  if (!perBucket) return null;
  if (!buckets.length) return 0;
  const lo = from <= (starts.first ?? '') ? 0 : buckets.findIndex((b) => b.from === from);
  const hi = before > (starts.last ?? '') ? buckets.length : buckets.findIndex((b) => b.before === before) + 1;
  if (lo < 0 || hi <= 0) return null;
  let sum = 0;
  for (let i = lo; i < hi; i++) sum += perBucket[i]!;
  return sum;
}

export interface Histogram {
  /** First and last day of the data (null when there is none), and the unit the buckets cut it into. */
  first: string | null;
  last: string | null;
  unit: BucketUnit;
  buckets: HistogramBucket[];
  /** Relationships counted (each once, by its start). */
  relationships: number;
  starts: StartCounts;
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
  if (!found)
    return {
      first: null,
      last: null,
      unit: 'year',
      buckets: [],
      relationships: 0,
      starts: { first: null, last: null, buckets: [], byType: new Map() },
    };
  const unit = unitForSpan(found.first, found.last);
  const buckets = bucketsOf(found.first, found.last, unit);
  const indexes = await readIndexes(db);
  const isIndexed = (time: TimeKey) =>
    indexes.some(
      (i) => i.entityType === 'RELATIONSHIP' && i.type === 'RANGE' && i.labelsOrTypes[0] === time.type && i.properties[0] === time.key,
    );
  const began = buckets.map(() => 0);
  const ended = buckets.map(() => 0);
  const byType = new Map<string, number[]>();
  for (const time of timeKeysOf(readableRelationships(reading.present, reading.schema.propertyKeys))) {
    const counts = await countsOf(db, reading, time, buckets, isIndexed(time), timeoutMs);
    counts.forEach((count, i) => ((time.end ? ended : began)[i]! += count));
    if (!time.end) byType.set(time.type, counts);
  }
  return {
    first: found.first,
    last: found.last,
    unit,
    buckets: buckets.map((b, i) => ({ at: b.at, began: began[i]!, ended: ended[i]! })),
    relationships: began.reduce((a, b) => a + b, 0),
    starts: { first: found.first, last: found.last, buckets, byType },
  };
}
