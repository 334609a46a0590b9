// What the data's dates say about how to show it: its first and last day, the step unit that replays it in a
// sensible number of steps, whether its relationships are events (a start and no end), the window that fits, and
// how many relationships began and ended in each step (the time bar's histogram at any unit), and the date to open on.
import type { Edge, Milestone } from '../types';
import { completeDate, snapDate } from './dates';
import { latestOpening, openingWindow, type Opening } from './opening';
import { shiftDate, stepsBetween, unitForSpan, unitsForSpan, windowForSpan, type TimeUnit } from './time-unit';

type DatedEdge = Pick<Edge, 'since' | 'until' | 'sincePrecision'>;

export interface TimeProfile {
  /** The data's first and last day (partial dates count as their first day). */
  first: string;
  last: string;
  /** The unit the explorer opens with, and the units worth offering. */
  unit: TimeUnit;
  units: TimeUnit[];
  /** True when the relationships are events: they start and never end. */
  events: boolean;
  /** A window length that fits the span, in `unit`s. */
  window: number;
  /** The date the explorer opens on when the link names none (opening.ts: the period worth seeing). */
  opening?: Opening;
}

/** The share of relationships that must start without an end, and the share of those starts that must be known to the
 * day, for the data to count as events. The flagship's durable relationships (about three in four without an end,
 * mostly dated by year or month) stay below; ratings or messages stamped with a time are all above. */
const EVENT_SHARE = 0.8;

/** True when most relationships (80 %) have a start and no end, and most of those starts (80 %) are known to the day. */
export function isEventData(edges: readonly DatedEdge[]): boolean {
  let open = 0;
  let toTheDay = 0;
  for (const e of edges) {
    if (e.since === null || e.until !== null) continue;
    open++;
    if ((e.sincePrecision ?? (e.since.length === 10 ? 'day' : null)) === 'day') toTheDay++;
  }
  return open > 0 && open >= EVENT_SHARE * edges.length && toTheDay >= EVENT_SHARE * open;
}

/** The profile of the data's dates: from the first start (as the server's year range), else the first date, to the last
 * date of any kind; without any date, the year range (the current year for an empty database). */
export function timeProfile(
  edges: readonly DatedEdge[],
  milestones: readonly Pick<Milestone, 'date'>[],
  range: { from: number; to: number },
): TimeProfile {
  // One pass over the dates (tens of thousands of relationships are read before the first picture).
  let firstStart: string | null = null;
  let firstDay: string | null = null;
  let lastDay: string | null = null;
  const see = (date: string | null, start: boolean) => {
    if (date === null) return;
    const day = completeDate(date);
    if (start && (firstStart === null || day < firstStart)) firstStart = day;
    if (firstDay === null || day < firstDay) firstDay = day;
    if (lastDay === null || day > lastDay) lastDay = day;
  };
  for (const edge of edges) {
    see(edge.since, true);
    see(edge.until, false);
  }
  for (const milestone of milestones) see(milestone.date, false);
  const first = firstStart ?? firstDay ?? `${range.from}-01-01`;
  const last = lastDay ?? `${range.to}-01-01`;
  const unit = unitForSpan(first, last);
  const events = isEventData(edges);
  const window = windowForSpan(first, last, unit);
  const opening = events ? openingWindow(stepCounts(edges, unit, first, last), window) : latestOpening(snapDate(last, unit));
  return { first, last, unit, units: unitsForSpan(first, last), events, window, opening };
}

export interface StepCount {
  /** The step's last day. */
  at: string;
  began: number;
  ended: number;
}

/** Began and ended counts for every step of `unit` from the step holding `first` to the one holding `last`. */
export function stepCounts(edges: readonly Pick<Edge, 'since' | 'until'>[], unit: TimeUnit, first: string, last: string): StepCount[] {
  const start = snapDate(first, unit);
  const count = stepsBetween(first, last, unit) + 1;
  const steps = Array.from({ length: count }, (_, i) => ({ at: shiftDate(start, unit, i), began: 0, ended: 0 }));
  // Dates repeat (a day, a month), so each distinct one is placed once.
  const placed = new Map<string, number>();
  const indexOf = (date: string) => {
    let index = placed.get(date);
    if (index === undefined) placed.set(date, (index = stepsBetween(start, date, unit)));
    return index;
  };
  for (const edge of edges) {
    const began = edge.since === null ? -1 : indexOf(edge.since);
    const ended = edge.until === null ? -1 : indexOf(edge.until);
    if (began >= 0 && began < count) steps[began]!.began++;
    if (ended >= 0 && ended < count) steps[ended]!.ended++;
  }
  return steps;
}
