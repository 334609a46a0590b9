// How the page gets its data: the histogram first, which says whether the network comes whole (GET /api/timeline, replayed
// in the browser) or one server view per step (views mode: an empty timeline now, each view through the ViewGate).
import type { HistogramAnswer } from '../../../contract/views';
import { ApiError, type Api } from '../api';
import { TimelineData } from '../data';
import { emptyTimeline, profileOf } from './views-mode';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The page's data, and the histogram when the network is shown one view at a time (else null). `preparing` hears
 * that a large network's first preparation is still running (the page says so, then asks again). */
export async function loadData(
  api: Pick<Api, 'histogram' | 'timeline'>,
  preparing: () => void,
): Promise<{ data: TimelineData; views: HistogramAnswer | null }> {
  // The histogram only adds the views of large networks: should it fail, the page loads the whole timeline as before.
  let histogram = await api.histogram().catch((error: unknown) => {
    // Neo4j down or the server gone: say so now (the banner retries); any other failure: load the whole timeline.
    if (error instanceof ApiError && (error.status === 503 || error.status === 0)) throw error;
    return null;
  });
  if (!histogram) return { data: new TimelineData(await api.timeline()), views: null };
  while ('preparing' in histogram) {
    preparing();
    await sleep(2_000);
    histogram = await api.histogram();
  }
  if (histogram.delivery === 'whole') {
    const timeline = await api.timeline();
    performance.mark('hulian:timeline-decoded');
    return { data: new TimelineData(timeline), views: null };
  }
  return { data: new TimelineData(emptyTimeline(histogram), profileOf(histogram)), views: histogram };
}
