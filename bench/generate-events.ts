// A seeded generator of a trust/message-like network: users join over the years and rate each other by preferential
// attachment (heavy-tailed degrees), most ratings are dated events with no end, written as an importer edge-list CSV.
import { seededRandom } from '../server/analysis/seeded-random.js';

export interface EventNetworkSpec {
  nodes: number;
  relationships: number;
  seed: number;
  /** The first year of the data (default 2019); dates run over `years` whole years at day precision. */
  fromYear?: number;
  years?: number;
}

/** One row of the edge list: `since` and `until` are YYYY-MM-DD, `until` null for an event. */
export interface EventRow {
  source: string;
  target: string;
  since: string;
  until: string | null;
  rating: number;
}

/** Share of relationships that are events (a since, no until); the rest last 1 month to 2 years. */
const EVENT_SHARE = 0.9;
/** Share of positive ratings (1..10, small values most common); negatives lean to -10, as in real trust networks. */
const POSITIVE_SHARE = 0.88;
/** How often an end is picked by degree (the rest uniformly among the users so far): the rich get richer. */
const PREFERENTIAL_TARGET = 0.75;
const PREFERENTIAL_SOURCE = 0.5;
const DAY_MS = 86_400_000;

/** The user name of node `index` (the importer makes its node id from it). */
const userName = (index: number) => `user-${String(index).padStart(5, '0')}`;

/** Generates the rows; the same spec gives the same rows. Row k's date grows with k, so the network grows over time. */
export function generateEventNetwork(spec: EventNetworkSpec): EventRow[] {
  if (spec.nodes < 3 || spec.relationships < spec.nodes) {
    throw new RangeError('an event network needs at least 3 nodes and at least one relationship per node');
  }
  const random = seededRandom(spec.seed);
  const pick = (n: number) => Math.floor(random() * n);
  const start = Date.UTC(spec.fromYear ?? 2019, 0, 1);
  const days = Math.round((Date.UTC((spec.fromYear ?? 2019) + (spec.years ?? 5), 0, 1) - start) / DAY_MS);
  const day = (offset: number) => new Date(start + offset * DAY_MS).toISOString().slice(0, 10);
  /** Every end of every relationship so far: a uniform pick from it is a pick proportional to degree. */
  const ends: number[] = [0];
  let joined = 1;
  const byDegreeOrUniform = (preferential: number) => (random() < preferential ? ends[pick(ends.length)]! : pick(joined));
  const rating = () => {
    if (random() < POSITIVE_SHARE) return Math.min(10, 1 + Math.floor(-Math.log(1 - random()) * 1.5));
    return random() < 0.5 ? -10 : -1 - pick(9);
  };
  const rows: EventRow[] = [];
  for (let k = 0; k < spec.relationships; k++) {
    // Users join at an even pace over the rows (user 1 with the first, rating user 0), the last one by the last row.
    const due = 2 + Math.floor(((spec.nodes - 2) * (k + 1)) / spec.relationships);
    let source: number;
    let target: number;
    if (joined < due) {
      target = byDegreeOrUniform(PREFERENTIAL_TARGET);
      source = joined++;
    } else {
      source = byDegreeOrUniform(PREFERENTIAL_SOURCE);
      target = byDegreeOrUniform(PREFERENTIAL_TARGET);
      while (target === source) target = pick(joined);
    }
    ends.push(source, target);
    const sinceDay = Math.min(days - 1, Math.floor(((k + random()) / spec.relationships) * days));
    const lasts = random() >= EVENT_SHARE && sinceDay < days - 2;
    const untilDay = lasts ? sinceDay + 1 + Math.min(days - sinceDay - 2, 30 + pick(700)) : null;
    rows.push({
      source: userName(source),
      target: userName(target),
      since: day(sinceDay),
      until: untilDay === null ? null : day(untilDay),
      rating: rating(),
    });
  }
  return rows;
}

/** The rows as the importer's edge-list CSV: a header `source,target,since,until,rating`, empty `until` for events. */
export function eventNetworkCsv(rows: readonly EventRow[]): string {
  const lines = rows.map((r) => `${r.source},${r.target},${r.since},${r.until ?? ''},${r.rating}`);
  return `source,target,since,until,rating\n${lines.join('\n')}\n`;
}
