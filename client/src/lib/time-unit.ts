// Calendar arithmetic at the time units the explorer steps by (year, month, week, day) on ISO dates (YYYY-MM-DD).
// A step stands for the network at the last day of its period (dates.ts snapDate). The wire's finest date is a day,
// so there are no hours.
import { addDays, addMonths, completeDate, daysBetween, monthEnd, monthOf, snapDate, yearOf } from './dates';

export type TimeUnit = 'year' | 'month' | 'week' | 'day';
/** The units, coarsest first. */
export const TIME_UNITS: readonly TimeUnit[] = ['year', 'month', 'week', 'day'];

/** The average length of each unit in days, to compare units and convert lengths between them. */
const UNIT_DAYS: Record<TimeUnit, number> = { year: 365.2425, month: 30.436875, week: 7, day: 1 };

/** True when `value` names a time unit. */
export const isTimeUnit = (value: unknown): value is TimeUnit => (TIME_UNITS as readonly unknown[]).includes(value);

/** Moves `date` by `count` units. A month's last day stays a month's last day (31 Jan → 28 Feb → 31 Mar), so a step
 * end moved by whole steps is again a step end. */
export function shiftDate(date: string, unit: TimeUnit, count: number): string {
  if (unit === 'week' || unit === 'day') return addDays(date, unit === 'week' ? 7 * count : count);
  const months = unit === 'year' ? 12 * count : count;
  const moved = addMonths(date, months);
  const atMonthEnd = date === monthEnd(yearOf(date), monthOf(date));
  return atMonthEnd ? monthEnd(yearOf(moved), monthOf(moved)) : moved;
}

/** How many steps of `unit` lie from the step holding `from` to the step holding `to`. */
export function stepsBetween(from: string, to: string, unit: TimeUnit): number {
  const [a, b] = [snapDate(from, unit), snapDate(to, unit)];
  if (unit === 'year') return yearOf(b) - yearOf(a);
  if (unit === 'month') return (yearOf(b) - yearOf(a)) * 12 + monthOf(b) - monthOf(a);
  return daysBetween(a, b) / (unit === 'week' ? 7 : 1);
}

/** The unit a replay of the span from `first` to `last` steps by, for a sensible number of steps (about 10 to 60):
 * years past about four years, months past about eight months, weeks past about eight weeks, else days. */
export function unitForSpan(first: string, last: string): TimeUnit {
  const days = daysBetween(completeDate(first), completeDate(last));
  if (days > 4 * UNIT_DAYS.year) return 'year';
  if (days > 8 * UNIT_DAYS.month) return 'month';
  if (days > 8 * UNIT_DAYS.week) return 'week';
  return 'day';
}

/** The fewest and most steps a unit worth offering gives over the data's span. */
const MIN_STEPS = 3;
const MAX_STEPS = 1000;

/** The units worth offering for the span: those giving between 3 and 1000 steps, plus the span's own unit. */
export function unitsForSpan(first: string, last: string): TimeUnit[] {
  const own = unitForSpan(first, last);
  return TIME_UNITS.filter((unit) => {
    const steps = stepsBetween(first, last, unit) + 1;
    return unit === own || (steps >= MIN_STEPS && steps <= MAX_STEPS);
  });
}

/** A length of `count` units of `from` expressed in whole units of `to` (at least 1): 2 years → 24 months. */
export function convertLength(count: number, from: TimeUnit, to: TimeUnit): number {
  return Math.max(1, Math.round((count * UNIT_DAYS[from]) / UNIT_DAYS[to]));
}

/** A window for the span at `unit`: about a tenth of the span's steps, at least one step. */
export function windowForSpan(first: string, last: string, unit: TimeUnit): number {
  return Math.max(1, Math.round((stepsBetween(first, last, unit) + 1) / 10));
}
