// Pure date helpers on ISO date strings (YYYY-MM-DD), which order correctly as text. Whether a text is such a date
// is the contract's isIsoDate (contract/dates.ts).
import type { TimeUnit } from './time-unit';

/** Completes a partial date ("2021", "2021-09") to its first day; full dates pass through. */
export function completeDate(value: string): string {
  if (value.length === 10) return value;
  if (/^\d{4}$/.test(value)) return `${value}-01-01`;
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-01`;
  return value.slice(0, 10);
}

const pad = (n: number) => String(n).padStart(2, '0');

function toIso(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The last day of `year`: the date a year step stands for (the network at the end of that year). */
export function yearEnd(year: number): string {
  return `${year}-12-31`;
}

/** The last day of the month `month` (1–12) of `year`. */
export function monthEnd(year: number, month: number): string {
  return toIso(new Date(Date.UTC(year, month, 0)));
}

/** The year of an ISO date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** The month (1–12) of an ISO date. */
export function monthOf(date: string): number {
  return Number(date.slice(5, 7));
}

/** Moves an ISO date by whole months, clamping the day to the target month's length. */
export function addMonths(date: string, months: number): string {
  const y = yearOf(date);
  const m = monthOf(date) - 1 + months;
  const targetYear = y + Math.floor(m / 12);
  const targetMonth = ((m % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const day = Math.min(Number(date.slice(8, 10)), lastDay);
  return toIso(new Date(Date.UTC(targetYear, targetMonth, day)));
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.UTC(yearOf(date), monthOf(date) - 1, Number(date.slice(8, 10))) / DAY_MS;

/** Moves an ISO date by whole days. */
export function addDays(date: string, days: number): string {
  return toIso(new Date((dayNumber(date) + days) * DAY_MS));
}

/** The days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Snaps a date to the last day of its step, the positions the slider can stand on: 31 December, the month's last
 * day, the Sunday ending its ISO week (Monday to Sunday), or the day itself. A partial date counts as its first day. */
export function snapDate(partialDate: string, unit: TimeUnit): string {
  const date = completeDate(partialDate);
  if (unit === 'year') return yearEnd(yearOf(date));
  if (unit === 'month') return monthEnd(yearOf(date), monthOf(date));
  if (unit === 'week') return addDays(date, (7 - new Date(dayNumber(date) * DAY_MS).getUTCDay()) % 7);
  return date;
}

/** Formats a date at the precision it is known to: "2021", "2021-09" or "2021-09-17" in English; in Chinese
 * "2021年", "2021年9月" or "2021年9月17日". */
export function formatDate(date: string, precision: 'year' | 'month' | 'day' | null = 'day', lang: 'en' | 'zh' = 'en'): string {
  if (lang === 'zh') {
    const year = `${date.slice(0, 4)}年`;
    if (precision === 'year') return year;
    const month = `${year}${Number(date.slice(5, 7))}月`;
    return precision === 'month' ? month : `${month}${Number(date.slice(8, 10))}日`;
  }
  if (precision === 'year') return date.slice(0, 4);
  if (precision === 'month') return date.slice(0, 7);
  return date.slice(0, 10);
}
