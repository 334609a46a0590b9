// Issue #19's targets for the scale part, judged on the 1M network (and the growth from 100k to 3M).
import type { Results } from './report.js';
import type { ScaleResult } from './scale-bench.js';

type Target = Results['targets'][number];

/** The verdicts of the scale part's figures; none when the part has not run. */
export function scaleTargets(scale: readonly ScaleResult[] | undefined): Target[] {
  const at = (size: number) => scale?.find((r) => r.relationships === size);
  const million = at(1_000_000);
  if (!million) return [];
  const load = ` (load average ${million.loadAverage})`;
  const verdict = (measure: string, target: string, measured: number, unit: string, met: boolean): Target => ({
    measure,
    target,
    measured: `${measured} ${unit}`,
    met,
    note: met ? '' : `missed${load}`,
  });
  const out = [
    verdict('1M: first drawn view (navigation to drawn)', '≤ 5000 ms', million.firstDrawnMs, 'ms', million.firstDrawnMs <= 5000),
    verdict('1M: step to drawn view, median, not prefetched', '≤ 500 ms', million.stepMs, 'ms', million.stepMs <= 500),
    verdict('1M: step to drawn view, median, prefetched', '≤ 150 ms', million.prefetchedStepMs, 'ms', million.prefetchedStepMs <= 150),
    verdict('1M: Play', '≥ 2 steps/s', million.playStepsPerS, 'steps/s', million.playStepsPerS >= 2),
    verdict('1M: Node RSS (peak)', '≤ 600 MB', million.nodeRssMB, 'MB', million.nodeRssMB <= 600),
    verdict('1M: browser heap', '≤ 300 MB', million.browserHeapMB, 'MB', million.browserHeapMB <= 300),
    verdict('1M: /api errors', '0', million.apiErrors, '', million.apiErrors === 0),
    verdict('1M: GET /api/view ÷ bare driver, same Cypher', '≤ 1.3', million.viewRatio, '×', million.viewRatio <= 1.3),
  ];
  const [small, large] = [at(100_000), at(3_000_000)];
  if (small && large) {
    const first = Math.round((large.firstDrawnMs / small.firstDrawnMs) * 100) / 100;
    const step = Math.round((large.stepMs / small.stepMs) * 100) / 100;
    out.push(verdict('growth 3M ÷ 100k, first drawn', '≤ 2', first, '×', first <= 2));
    out.push(verdict('growth 3M ÷ 100k, step', '≤ 2', step, '×', step <= 2));
  }
  return out;
}
