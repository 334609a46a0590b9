// Pure per-year arithmetic over the whole temporal network: the year range, what began, ended and was in force
// each year, the openness index and the most-connected nodes. Used by /api/timeline and /api/stats.
import { inForceAt } from '../../contract/dates.js';
import type { YearCount, YearRange } from '../../contract/responses.js';
import type { Milestone, Vocabulary } from '../../contract/shapes.js';
import type { ApiEdge, ApiNode } from './model.js';

const OPENNESS_DEFINITION =
  'For each year, take the snapshot on 31 December. Among unordered pairs of entities ' +
  'joined by at least one relationship in force whose type has vocabulary category "open" (links, payments, mini programs, ' +
  'ads) or "closed" (blocking), count the pairs with an open relationship (O) and the pairs with a closed one (C); a pair ' +
  'with both counts once on each side. Openness = O / (O + C), rounded to 3 decimals; null when O + C = 0, and null ' +
  'every year when the vocabulary does not define both an "open" and a "closed" type.';

const yearOf = (day: string | null): number | null => (day ? Number(day.slice(0, 4)) : null);
/** YYYY-MM-DD with a four-digit year: the form whose order as text is its order in time, year by year. */
const isPlainDay = (day: string) => day.length === 10 && day.charCodeAt(4) === 45 && day.charCodeAt(7) === 45;
const bump = (counts: Map<number, number>, year: number, by = 1) => counts.set(year, (counts.get(year) ?? 0) + by);

/**
 * The year range and per-year counts, gathered one edge at a time (so /api/timeline can count while edges stream in).
 * An edge with plain days is in force at the end of every year from its `since` year to the year before its `until`
 * year: one span per edge, summed once at the end; any other date form is checked year by year with inForceAt.
 */
export class YearTally {
  private firstSince = Infinity;
  private first = Infinity;
  private last = -Infinity;
  private readonly began = new Map<number, number>();
  private readonly ended = new Map<number, number>();
  private readonly spanChange = new Map<number, number>();
  private readonly irregular: Pick<ApiEdge, 'since' | 'until'>[] = [];

  /** Counts one edge. */
  add(since: string | null, until: string | null): void {
    const sinceYear = yearOf(since);
    const untilYear = yearOf(until);
    if (sinceYear !== null) {
      this.see(sinceYear);
      if (sinceYear < this.firstSince) this.firstSince = sinceYear;
      bump(this.began, sinceYear);
    }
    if (untilYear !== null) {
      this.see(untilYear);
      bump(this.ended, untilYear);
    }
    if (since === null) return;
    if (!isPlainDay(since) || (until !== null && !isPlainDay(until))) this.irregular.push({ since, until });
    else if (untilYear === null || untilYear > sinceYear!) {
      bump(this.spanChange, sinceYear!);
      if (untilYear !== null) bump(this.spanChange, untilYear, -1);
    }
  }

  /** The first `since` year (or first year of all) to the last year of any date counted or in `milestones`. */
  range(milestones: Pick<Milestone, 'date'>[] = []): YearRange | null {
    let last = this.last;
    let first = this.first;
    for (const milestone of milestones) {
      const year = yearOf(milestone.date);
      if (year !== null) {
        last = Math.max(last, year);
        first = Math.min(first, year);
      }
    }
    if (last === -Infinity) return null;
    return { from: this.firstSince === Infinity ? first : this.firstSince, to: last };
  }

  /** Began, ended and in force at the year's end, for each year of `range`. */
  counts(range: YearRange | null): YearCount[] {
    if (!range) return [];
    let inForce = [...this.spanChange].filter(([year]) => year < range.from).reduce((sum, [, change]) => sum + change, 0);
    const out: YearCount[] = [];
    for (let year = range.from; year <= range.to; year++) {
      inForce += this.spanChange.get(year) ?? 0;
      const day = `${year}-12-31`;
      const irregular = this.irregular.filter((edge) => inForceAt(edge, day)).length;
      out.push({ year, began: this.began.get(year) ?? 0, ended: this.ended.get(year) ?? 0, inForce: inForce + irregular });
    }
    return out;
  }

  private see(year: number): void {
    if (year < this.first) this.first = year;
    if (year > this.last) this.last = year;
  }
}

/** The first and last year that any relationship or milestone mentions; null when there is nothing dated. */
export function yearRange(edges: Pick<ApiEdge, 'since' | 'until'>[], milestones: Pick<Milestone, 'date'>[] = []): YearRange | null {
  return tallyOf(edges).range(milestones);
}

/** A YearTally of every edge in `edges`. */
function tallyOf(edges: Pick<ApiEdge, 'since' | 'until'>[]): YearTally {
  const tally = new YearTally();
  for (const edge of edges) tally.add(edge.since, edge.until);
  return tally;
}

/** The edges in force on 31 December of `year`. */
function inForceAtYearEnd(edges: ApiEdge[], year: number): ApiEdge[] {
  return edges.filter((e) => inForceAt(e, `${year}-12-31`));
}

/** Counts per year: relationships that began, ended, and were in force at the year's end. */
export function yearCounts(edges: Pick<ApiEdge, 'since' | 'until'>[], range: YearRange | null): YearCount[] {
  return tallyOf(edges).counts(range);
}

/** True when the vocabulary (type → category) defines both an open and a closed type: only then is openness defined. */
export function opennessDefined(categoryOf: Map<string, string>): boolean {
  const categories = new Set(categoryOf.values());
  return categories.has('open') && categories.has('closed');
}

/** The openness index of a set of in-force edges (see OPENNESS_DEFINITION); null where it is not defined. */
export function openness(inForce: ApiEdge[], categoryOf: Map<string, string>): number | null {
  if (!opennessDefined(categoryOf)) return null;
  const open = new Set<string>();
  const closed = new Set<string>();
  for (const edge of inForce) {
    const pair = [edge.source, edge.target].sort().join('|');
    const category = categoryOf.get(edge.type);
    if (category === 'open') open.add(pair);
    if (category === 'closed') closed.add(pair);
  }
  const total = open.size + closed.size;
  return total === 0 ? null : Math.round((open.size / total) * 1000) / 1000;
}

/** The `limit` nodes with the most in-force relationships (ties by id). */
function topNodes(inForce: ApiEdge[], nodes: Map<string, ApiNode>, limit = 5) {
  return [...degrees(inForce).entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([id, count]) => ({ id, name: nodes.get(id)?.name ?? id, nameZh: nodes.get(id)?.nameZh ?? null, degree: count }));
}

/** The /api/stats body: the year list, and the openness definition — null where the vocabulary leaves it undefined. */
export function yearlyStats(edges: ApiEdge[], nodes: ApiNode[], vocabulary: Vocabulary[], milestones: Milestone[] = []) {
  const categoryOf = new Map(vocabulary.map((v) => [v.type, v.category]));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const tally = tallyOf(edges);
  const years = tally.counts(tally.range(milestones)).map(({ year, began, ended }) => {
    const inForce = inForceAtYearEnd(edges, year);
    const inForceByType: Record<string, number> = {};
    for (const edge of inForce) inForceByType[edge.type] = (inForceByType[edge.type] ?? 0) + 1;
    return { year, inForceByType, began, ended, openness: openness(inForce, categoryOf), topNodes: topNodes(inForce, byId) };
  });
  return { years, openness: opennessDefined(categoryOf) ? { definition: OPENNESS_DEFINITION } : null };
}

/** How many of `edges` touch each node id (an edge counts at both of its ends). */
function degrees(edges: readonly Pick<ApiEdge, 'source' | 'target'>[]): Map<string, number> {
  const degree = new Map<string, number>();
  for (const { source, target } of edges) {
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  return degree;
}
