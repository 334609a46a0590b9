// Time for the views computed in Neo4j (issue #19): a day's bound in a time property's own storage form (so a range
// index answers the comparison), a stored value back to its day, and the buckets of a histogram over a span.
import neo4j from 'neo4j-driver';
import { isIsoDate } from '../../contract/dates.js';
import type { LensRelationship, StorageForm } from '../../contract/lens.js';

export type Form = StorageForm;
export type BucketUnit = 'year' | 'month' | 'week' | 'day';

/** The first day any view reads (the lens reads no earlier day either). */
export const FIRST_DAY = '1000-01-01';
const DAY_MS = 86_400_000;

const msOf = (day: string) => Date.parse(`${day}T00:00:00Z`);
const dayOfMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `day` moved by `days` days. */
export const addDays = (day: string, days: number): string => dayOfMs(msOf(day) + days * DAY_MS);

/** The start of `day` (00:00 UTC, or the day itself) as a value of `form`, to compare stored values against. */
export function boundOf(form: Form, day: string): unknown {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  switch (form) {
    case 'date':
      return new neo4j.types.Date(y, m, d);
    case 'datetime':
      return new neo4j.types.DateTime(y, m, d, 0, 0, 0, 0, 0);
    case 'localdatetime':
      return new neo4j.types.LocalDateTime(y, m, d, 0, 0, 0, 0);
    case 'epochMillis':
      return neo4j.int(msOf(day));
    case 'epochSeconds':
      return neo4j.int(msOf(day) / 1000);
    case 'isoString':
      return day;
    case 'year':
      // A stored year Y stands for Y-01-01: the first year starting on or after `day`.
      return neo4j.int(m === 1 && d === 1 ? y : y + 1);
  }
}

/** The day a stored value (as plain JSON from db/convert.ts) stands for in `form`; null when it is not of that form. */
export function dayOf(form: Form, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  let day: string | null = null;
  if (typeof value === 'string' && (form === 'date' || form === 'datetime' || form === 'localdatetime' || form === 'isoString'))
    day = value.slice(0, 10);
  else if (typeof value === 'number' && Number.isInteger(value)) {
    if (form === 'epochMillis') day = dayOfMs(value);
    else if (form === 'epochSeconds') day = dayOfMs(value * 1000);
    else if (form === 'year') day = `${value}-01-01`;
  }
  return day !== null && isIsoDate(day) ? day : null;
}

export interface Bucket {
  /** The bucket's last day (the step a replay shows). */
  at: string;
  /** Its first day, and the day after its last. */
  from: string;
  before: string;
}

/** The first day of the period of `unit` holding `day`. */
function periodStart(day: string, unit: BucketUnit): string {
  if (unit === 'year') return `${day.slice(0, 4)}-01-01`;
  if (unit === 'month') return `${day.slice(0, 7)}-01`;
  if (unit === 'day') return day;
  const weekday = (new Date(msOf(day)).getUTCDay() + 6) % 7; // Monday 0
  return addDays(day, -weekday);
}

/** The first day of the period after the one starting on `start`. */
function nextStart(start: string, unit: BucketUnit): string {
  if (unit === 'day') return addDays(start, 1);
  if (unit === 'week') return addDays(start, 7);
  const date = new Date(msOf(start));
  if (unit === 'year') date.setUTCFullYear(date.getUTCFullYear() + 1);
  else date.setUTCMonth(date.getUTCMonth() + 1);
  return dayOfMs(date.getTime());
}

/** The unit that cuts the span into about 10 to 60 steps, as the client's time-unit.ts unitForSpan does. */
export function unitForSpan(first: string, last: string): BucketUnit {
  const days = (msOf(last) - msOf(first)) / DAY_MS;
  if (days > 4 * 365.2425) return 'year';
  if (days > 8 * 30.436875) return 'month';
  if (days > 8 * 7) return 'week';
  return 'day';
}

/** The buckets of `unit` covering `first` to `last`, in order. */
export function bucketsOf(first: string, last: string, unit: BucketUnit): Bucket[] {
  const buckets: Bucket[] = [];
  for (let from = periodStart(first, unit); from <= last;) {
    const before = nextStart(from, unit);
    buckets.push({ at: addDays(before, -1), from, before });
    from = before;
  }
  return buckets;
}

/** The lens's relationships a view can read: those whose start key the database holds, each end dropped when no
 * relationship holds its key (Hulian's built-in lens names `until` even where nothing has ended yet). */
export function readableRelationships(present: readonly LensRelationship[], propertyKeys: ReadonlySet<string>): LensRelationship[] {
  return present.filter((r) => propertyKeys.has(r.start.key)).map((r) => (r.end && !propertyKeys.has(r.end.key) ? { ...r, end: null } : r));
}
