// A network too large to send whole (the histogram says `delivery: "views"`): the page starts from the histogram
// (time profile, step counts, an empty timeline) and each step asks for the view of its date (view-gate.ts).
import type { HistogramAnswer } from '../../../contract/views';
import { periodStart } from '../lib/temporal';
import { openingWindow, latestOpening } from '../lib/opening';
import { snapDate } from '../lib/dates';
import { shiftDate, type TimeUnit } from '../lib/time-unit';
import type { StepCount, TimeProfile } from '../lib/time-profile';
import type { ViewState } from '../lib/view-state';
import type { Timeline } from '../types';
import type { ViewKey } from './view-source';

/** The time profile and per-step counts of the data, read from the server's histogram instead of the edges. */
export function profileOf(histogram: HistogramAnswer): { profile: TimeProfile; counts: StepCount[] } {
  const first = histogram.first ?? `${new Date().getUTCFullYear()}-01-01`;
  const last = histogram.last ?? first;
  const unit: TimeUnit = histogram.unit;
  const counts = histogram.buckets.map((b) => ({ at: b.at, began: b.began, ended: b.ended }));
  const events = histogram.buckets.every((b) => b.ended === 0);
  // One step per view: a view reads every relationship of its period, so its cost follows the window's length.
  const window = 1;
  const opening = events ? openingWindow(counts, window) : latestOpening(snapDate(last, unit));
  return { profile: { first, last, unit, units: [unit], events, window, opening }, counts };
}

/** The timeline the page starts from: no nodes or edges yet (each view brings its own), the data's years and groups. */
export function emptyTimeline(histogram: HistogramAnswer): Timeline {
  const year = (day: string | null) => Number((day ?? `${new Date().getUTCFullYear()}`).slice(0, 4));
  return {
    range: { from: year(histogram.first), to: year(histogram.last) },
    nodes: [],
    edges: [],
    milestones: [],
    vocabulary: [],
    sources: [],
    years: [],
    positions: {},
    dataset: histogram.dataset,
    grouping: histogram.grouping ?? { by: 'community', groups: [] },
  };
}

/** The view a state asks for: the step's, or while comparing the comparison of its two dates. */
export function viewKeyOf(state: ViewState, fallbackAt: string): ViewKey {
  if (state.compare) {
    const { from, to } = state.compare;
    return { at: to, after: periodStart(to, state), mode: state.mode, compare: { from, fromAfter: periodStart(from, state) } };
  }
  const at = state.at ?? fallbackAt;
  return { at, after: periodStart(at, state), mode: state.mode };
}

/** The keys of the steps before and after `state`'s (what Play and the arrow keys ask for next). */
export function neighbourKeys(state: ViewState, fallbackAt: string, last: string): ViewKey[] {
  if (state.compare) return [];
  const at = state.at ?? fallbackAt;
  return [1, -1, 2]
    .map((step) => shiftDate(at, state.precision, step))
    .filter((day) => day <= shiftDate(last, state.precision, 1))
    .map((day) => viewKeyOf({ ...state, at: day }, fallbackAt));
}
