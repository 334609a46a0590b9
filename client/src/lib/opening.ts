// The period the explorer opens on when a link names no date. Relationships with an end (as of): the last step, the
// whole network as it stands. Events (a start, no end, shown in a moving window): the LATEST window whose activity
// (relationships that began or ended in it) is at least the MEDIAN activity of the non-empty windows, so a sparse tail
// (bitcoin-otc's 42 ratings of 2016) never opens the page; the last window when it qualifies.

/** Activity per step: the step's last day and how many relationships began and ended in it. */
interface StepActivity {
  at: string;
  began: number;
  ended: number;
}

/** Where the explorer opens and why. */
export interface Opening {
  /** The last day of the opening step. */
  at: string;
  /** 'latest': the last step; 'median': an earlier window, the latest with at least the median activity. */
  reason: 'latest' | 'median';
  /** Changes in the opening window, the median of the non-empty windows, and changes in the last window (events only). */
  activity: number;
  median: number;
  lastActivity: number;
}

/** Opening on the last step (data whose relationships have ends, or no data). */
export const latestOpening = (at: string): Opening => ({ at, reason: 'latest', activity: 0, median: 0, lastActivity: 0 });

/** The median of `values` (the lower middle for an even count, so "at least the median" is never empty). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/** The opening of event data shown in windows of `window` steps: the latest window, ending at a step, whose changes are
 * at least the median of all non-empty windows. */
export function openingWindow(steps: readonly StepActivity[], window: number): Opening {
  if (!steps.length) return latestOpening('');
  const sums: number[] = [];
  let running = 0;
  steps.forEach((step, i) => {
    running += step.began + step.ended;
    if (i >= window) running -= steps[i - window]!.began + steps[i - window]!.ended;
    sums.push(running);
  });
  const mid = median(sums.filter((n) => n > 0));
  let chosen = sums.length - 1;
  while (chosen > 0 && sums[chosen]! < mid) chosen--;
  const last = sums.length - 1;
  return {
    at: steps[chosen]!.at,
    reason: chosen === last ? 'latest' : 'median',
    activity: sums[chosen]!,
    median: mid,
    lastActivity: sums[last]!,
  };
}
