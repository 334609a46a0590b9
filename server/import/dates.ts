// Partial dates as the articles give them ("2021", "2021-09", "2021-09-17"): parsed into a real calendar date plus its
// precision (a start is the first day of its period, an end the last: docs/data.md, "End dates"), and how a date is known.

type Precision = 'year' | 'month' | 'day';
export interface PartialDate {
  /** ISO date YYYY-MM-DD: the first day of the period the text gives (the last day for an end: parsePartialEnd). */
  date: string;
  precision: Precision;
}

/**
 * How a relationship's date is known, beside its precision. No qualifier: the sources give this date. "by": the
 * event happened at a time the sources do not give, no later than the date (e.g. an app "no longer searchable" in a
 * 2024 article ended by 2024). "unstated": the sources give no date at all, so the date is null (starts only).
 */
export const DATE_QUALIFIERS = ['by', 'unstated'] as const;

const FORMAT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses YYYY, YYYY-MM or YYYY-MM-DD; returns a reason string when the value is malformed or impossible. */
export function parsePartialDate(value: unknown): PartialDate | string {
  if (typeof value !== 'string') return `must be a date string YYYY, YYYY-MM or YYYY-MM-DD (got ${JSON.stringify(value)})`;
  const match = FORMAT.exec(value);
  if (!match) return `"${value}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = m === undefined ? 1 : Number(m);
  const day = d === undefined ? 1 : Number(d);
  if (year < 1000 || year > 2999) return `"${value}" has an impossible year`;
  if (month < 1 || month > 12) return `"${value}" has an impossible month`;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return `"${value}" is not a real calendar date`;
  const iso = `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { date: iso, precision: d !== undefined ? 'day' : m !== undefined ? 'month' : 'year' };
}

/**
 * Parses an END date: a year or month is stored as the LAST day of its period ("2023" → 2023-12-31, "2024-09" →
 * 2024-09-30), so the replay (in force while day < until) keeps the relationship through the period the text names
 * and no longer: "blocked until 2023" may have held all through 2023, never into 2024. A day stays that day.
 */
export function parsePartialEnd(value: unknown): PartialDate | string {
  const parsed = parsePartialDate(value);
  if (typeof parsed === 'string' || parsed.precision === 'day') return parsed;
  const [year, month] = parsed.date.split('-').map(Number) as [number, number];
  const lastMonth = parsed.precision === 'year' ? 12 : month;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return { date: `${year}-${String(lastMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`, precision: parsed.precision };
}

/** Converts a Unix time in seconds (or milliseconds when `ms`) to an ISO day. */
export function unixToIsoDay(value: number, ms = false): string {
  return new Date(ms ? value : value * 1000).toISOString().slice(0, 10);
}
