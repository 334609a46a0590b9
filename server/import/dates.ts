// Partial dates as the articles give them ("2021", "2021-09", "2021-09-17"): parsed into a real
// calendar date (the first day of the period) plus its precision, or rejected with a reason; and how a date is known.

type Precision = 'year' | 'month' | 'day';
export interface PartialDate {
  /** ISO date YYYY-MM-DD: the first day of the period the text gives. */
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

/** Converts a Unix time in seconds (or milliseconds when `ms`) to an ISO day. */
export function unixToIsoDay(value: number, ms = false): string {
  return new Date(ms ? value : value * 1000).toISOString().slice(0, 10);
}
