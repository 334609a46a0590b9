// Which way the client gets the network, and the histogram that says so: below WHOLE_TIMELINE_MAX relationships the
// whole timeline is sent once and replayed in the browser (instant steps); above it, one view per step from Neo4j.
// The histogram is read once per data version and shared by concurrent requests.
import type { HistogramAnswer } from '../../contract/views.js';
import type { Database } from '../db/database.js';
import { readingOf } from '../lens/reading.js';
import { dataVersion, viewCore } from './view-core.js';
import { histogram } from './view-histogram.js';

/**
 * Relationships up to which the whole timeline goes to the browser: docs/performance.md measured 35,592 (bitcoin-otc)
 * drawn fluently from the whole timeline and 100,000 taking 1.8–4.7 s to read and 16–29 MB to send (docs/scale.md).
 */
export const WHOLE_TIMELINE_MAX = 60_000;

const cache = new WeakMap<Database, { version: string; answer: Promise<HistogramAnswer> }>();

async function readHistogram(db: Database, heavyMs: number): Promise<HistogramAnswer> {
  const reading = await readingOf(db);
  if (!reading) return { first: null, last: null, unit: 'year', buckets: [], relationships: 0, delivery: 'whole', grouping: null };
  const counted = await histogram(db, reading, heavyMs);
  const delivery = counted.relationships > WHOLE_TIMELINE_MAX ? 'views' : 'whole';
  const grouping = delivery === 'views' ? (await viewCore(db, reading, heavyMs)).grouping : null;
  return { ...counted, delivery, grouping };
}

/** The histogram of the data in use, read again only when its node or relationship count changes. */
export async function histogramOf(db: Database, heavyMs: number): Promise<HistogramAnswer> {
  const version = await dataVersion(db);
  const known = cache.get(db);
  if (known?.version === version) return known.answer;
  const answer = readHistogram(db, heavyMs);
  cache.set(db, { version, answer });
  answer.catch(() => cache.get(db)?.answer === answer && cache.delete(db));
  return answer;
}

/** Whether the client replays the whole timeline or asks for views. */
export async function deliveryOf(db: Database, heavyMs: number): Promise<HistogramAnswer['delivery']> {
  return (await histogramOf(db, heavyMs)).delivery;
}
