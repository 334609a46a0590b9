// Which way the client gets the network, and the histogram that goes with it: up to WHOLE_TIMELINE_MAX relationships
// the whole timeline is sent once and replayed in the browser (instant steps); above it, one view per step from Neo4j.
// The histogram (and, for views, the core layout) is prepared once per data version under its own time limit, shared
// by every request; a request that arrives while it is being prepared is told to come back (202).
import type { HistogramAnswer } from '../../contract/views.js';
import { datasetInfo, readPresentation } from '../analysis/dataset-info.js';
import type { Database } from '../db/database.js';
import { dataCounts, fingerprintOf, readingOf } from '../lens/reading.js';
import { viewCore } from './view-core.js';
import { histogram, type StartCounts } from './view-histogram.js';
import { viewAt } from './view-service.js';
import { addDays } from './view-time.js';
import type { Reading } from '../lens/reading.js';

/**
 * Relationships up to which the whole timeline goes to the browser (config WHOLE_TIMELINE_MAX, set once by the routes):
 * docs/performance.md measured 35,592 (bitcoin-otc) drawn fluently from the whole timeline, and 100,000 taking
 * 1.8–4.7 s to read and 16–29 MB to send (docs/scale.md).
 */
let wholeTimelineMax = 50_000;

/** Sets the relationship count above which the page gets one view per step (from config.ts). */
export function setWholeTimelineMax(max: number): void {
  wholeTimelineMax = max;
}

/** The relationship count above which the page gets one view per step. */
export const wholeTimelineLimit = () => wholeTimelineMax;
/** The time limit of preparing the histogram and the core: heavy first reads of a large database (issue #19). */
const PREPARE_TIMEOUT_MS = 180_000;

/** Whether the client replays the whole timeline or asks for views: from Neo4j's count store, at once at any size. */
export async function deliveryOf(db: Database): Promise<HistogramAnswer['delivery']> {
  const { relationships } = await dataCounts(db);
  return Number.isFinite(relationships) && relationships <= wholeTimelineMax ? 'whole' : 'views';
}

/** The histogram the page gets, and the starts per bucket of each type that views count from. */
interface Prepared {
  answer: HistogramAnswer;
  starts: StartCounts | null;
}

/** The default budget of GET /api/view (http/view-requests.ts), for the views run while preparing. */
const WARM_BUDGET = 2_000;

/**
 * Runs the views of three buckets (the first, the busiest and the last) once before the histogram is called ready, so
 * that the user's first steps do not pay for the first runs of the view path in Neo4j and Node: at 1M, on a fresh start,
 * the first steps' views took 0.7–0.9 s and the later ones 0.3–0.5 s. A failure here only leaves them cold.
 */
async function warmViews(db: Database, reading: Reading, first: string | null, starts: StartCounts, version: string): Promise<void> {
  const { buckets } = starts;
  if (!buckets.length) return;
  const busiest = buckets.reduce(
    (best, bucket, i) => {
      const count = [...starts.byType.values()].reduce((sum, counts) => sum + (counts[i] ?? 0), 0);
      return count > best.count ? { i, count } : best;
    },
    { i: 0, count: -1 },
  ).i;
  for (const i of new Set([0, busiest, buckets.length - 1])) {
    const bucket = buckets[i]!;
    const request = {
      at: bucket.at,
      after: addDays(bucket.from, -1),
      mode: 'window' as const,
      budget: WARM_BUDGET,
      first,
      starts,
      version,
    };
    await viewAt(db, reading, request, PREPARE_TIMEOUT_MS).catch(() => undefined);
  }
}

async function readHistogram(db: Database, version: string): Promise<Prepared> {
  const reading = await readingOf(db);
  const delivery = await deliveryOf(db);
  const dataset = datasetInfo(reading?.own ? await readPresentation(db) : null, []);
  if (!reading)
    return {
      answer: { first: null, last: null, unit: 'year', buckets: [], relationships: 0, delivery, grouping: null, dataset },
      starts: null,
    };
  const { starts, ...counted } = await histogram(db, reading, PREPARE_TIMEOUT_MS);
  const grouping = delivery === 'views' ? (await viewCore(db, reading, PREPARE_TIMEOUT_MS)).grouping : null;
  if (delivery === 'views') await warmViews(db, reading, counted.first, starts, version);
  return { answer: { ...counted, delivery, grouping, dataset: reading.own ? dataset : { ...dataset, title: reading.database } }, starts };
}

const cache = new WeakMap<Database, { version: string; prepared: Promise<Prepared> }>();

/** The histogram of the data in use and its starts per type, prepared again only when its node or relationship count
 * changes. */
export async function histogramAndStartsOf(db: Database): Promise<Prepared & { version: string }> {
  const version = await fingerprintOf(db);
  const known = cache.get(db);
  if (known?.version === version) return { ...(await known.prepared), version };
  const prepared = readHistogram(db, version);
  cache.set(db, { version, prepared });
  prepared.catch(() => cache.get(db)?.prepared === prepared && cache.delete(db));
  return { ...(await prepared), version };
}

/** The histogram of the data in use (see histogramAndStartsOf). */
export async function histogramOf(db: Database): Promise<HistogramAnswer> {
  return (await histogramAndStartsOf(db)).answer;
}

/** The histogram when it is ready within `waitMs`, else null (it goes on being prepared). */
export async function preparedHistogram(db: Database, waitMs: number): Promise<HistogramAnswer | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), waitMs)));
  try {
    return await Promise.race([histogramOf(db), late]);
  } finally {
    clearTimeout(timer);
  }
}
