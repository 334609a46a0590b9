// The two date rules both sides share, without zod (the client bundles this file): what counts as an ISO day on the
// wire, and when an edge is in force on a day.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a day that exists, written YYYY-MM-DD with a year from 1000 on (no 2021-02-30, no 2021-2-3). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1000 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * True when an edge is in force on `day` (YYYY-MM-DD): since ≤ day and (until is null or day < until). An edge without
 * `since` is never in force. Dates compare as text, so a partial date ("2021", "2021-09") counts as its first day:
 * a prefix sorts before every day it starts.
 */
export function inForceAt(edge: { since: string | null; until: string | null }, day: string): boolean {
  return edge.since !== null && edge.since <= day && (edge.until === null || day < edge.until);
}
