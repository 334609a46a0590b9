// A bitcoin-otc-like edge list for the first-picture tests (issue 22): 35,592 dated ratings among about 6,000 users,
// busiest in 2013 (13,000) and with a sparse tail (42 in January 2016), written as `source,target,rating,unix_time`.
import { writeFileSync } from 'node:fs';
import { seededRandom } from '../../server/analysis/seeded-random.js';

/** Ratings per year, as bitcoin-otc's activity rose, peaked and faded. */
export const RATINGS_PER_YEAR: Record<number, number> = {
  2010: 600,
  2011: 9000,
  2012: 6500,
  2013: 13000,
  2014: 4000,
  2015: 2450,
  2016: 42,
};
const USERS = 6000;
const FIRST = Date.UTC(2010, 10, 8) / 1000;
const LAST = Date.UTC(2016, 0, 24) / 1000;

/** Writes the edge list to `path`; returns how many rows. Users join over time; early users are rated most (hubs). */
export function writeBitcoinLike(path: string, seed = 22): number {
  const random = seededRandom(seed);
  const total = Object.values(RATINGS_PER_YEAR).reduce((a, b) => a + b, 0);
  const lines: string[] = [];
  let k = 0;
  for (const [year, count] of Object.entries(RATINGS_PER_YEAR)) {
    const from = Math.max(FIRST, Date.UTC(Number(year), 0, 1) / 1000);
    const to = Math.min(LAST, Date.UTC(Number(year) + 1, 0, 1) / 1000 - 1);
    for (let i = 0; i < count; i++, k++) {
      const joined = 60 + Math.floor(((USERS - 60) * (k + 1)) / total);
      const pick = (skew: number) => 1 + Math.floor(joined * random() ** skew);
      const source = pick(1.2);
      let target = pick(2);
      if (target === source) target = (source % joined) + 1;
      const rating = random() < 0.88 ? 1 + Math.floor(random() * 10) : -10;
      const time = from + Math.floor(random() * (to - from));
      lines.push(`${source},${target},${rating},${time}`);
    }
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return lines.length;
}
