// Pure per-year arithmetic over the whole temporal network: the year range, what began, ended and was in force
// each year, the openness index and the most-connected nodes. Used by /api/timeline and /api/stats.
import type { ApiEdge, ApiMilestone, ApiNode, VocabularyEntry } from './model.js';

export const OPENNESS_DEFINITION = 'For each year, take the snapshot on 31 December. Among unordered pairs of entities '
  + 'joined by at least one relationship in force whose type has vocabulary category "open" (links, payments, mini programs, '
  + 'ads) or "closed" (blocking), count the pairs with an open relationship (O) and the pairs with a closed one (C); a pair '
  + 'with both counts once on each side. Openness = O / (O + C), rounded to 3 decimals; null when O + C = 0.';

/** True when `edge` is in force on `day` (YYYY-MM-DD): since <= day and (until is null or until > day). */
export function inForceOn(edge: Pick<ApiEdge, 'since' | 'until'>, day: string): boolean {
  return edge.since !== null && edge.since <= day && (edge.until === null || edge.until > day);
}

const yearOf = (day: string | null): number | null => (day ? Number(day.slice(0, 4)) : null);

/** The first and last year that any relationship or milestone mentions; null when there is nothing dated. */
export function yearRange(edges: ApiEdge[], milestones: ApiMilestone[] = []): { from: number; to: number } | null {
  const years = [...edges.flatMap((e) => [yearOf(e.since), yearOf(e.until)]), ...milestones.map((m) => yearOf(m.date))]
    .filter((y): y is number => y !== null);
  if (!years.length) return null;
  const starts = edges.map((e) => yearOf(e.since)).filter((y): y is number => y !== null);
  const least = (list: number[]) => list.reduce((a, b) => Math.min(a, b));
  return { from: least(starts.length ? starts : years), to: years.reduce((a, b) => Math.max(a, b)) };
}

/** The edges in force on 31 December of `year`. */
export function inForceAtYearEnd(edges: ApiEdge[], year: number): ApiEdge[] {
  return edges.filter((e) => inForceOn(e, `${year}-12-31`));
}

/** Counts per year: relationships that began, ended, and were in force at the year's end. */
export function yearCounts(edges: ApiEdge[], range: { from: number; to: number } | null) {
  if (!range) return [];
  const out: { year: number; began: number; ended: number; inForce: number }[] = [];
  for (let year = range.from; year <= range.to; year++) out.push({ year, began: 0, ended: 0, inForce: 0 });
  const yearEnds = out.map((entry) => `${entry.year}-12-31`);
  const at = (day: string | null) => (day === null ? undefined : out[Number(day.slice(0, 4)) - range.from]);
  for (const edge of edges) {
    const began = at(edge.since);
    if (began) began.began++;
    const ended = at(edge.until);
    if (ended) ended.ended++;
    out.forEach((entry, i) => { if (inForceOn(edge, yearEnds[i]!)) entry.inForce++; });
  }
  return out;
}

/** The openness index of a set of in-force edges (see OPENNESS_DEFINITION). */
export function openness(inForce: ApiEdge[], categoryOf: Map<string, string>): number | null {
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
export function topNodes(inForce: ApiEdge[], nodes: Map<string, ApiNode>, limit = 5) {
  const degree = new Map<string, number>();
  for (const edge of inForce) for (const id of [edge.source, edge.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  return [...degree.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([id, count]) => ({ id, name: nodes.get(id)?.name ?? id, nameZh: nodes.get(id)?.nameZh ?? null, degree: count }));
}

/** The full /api/stats year list. */
export function yearlyStats(edges: ApiEdge[], nodes: ApiNode[], vocabulary: VocabularyEntry[], milestones: ApiMilestone[] = []) {
  const categoryOf = new Map(vocabulary.map((v) => [v.type, v.category]));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return yearCounts(edges, yearRange(edges, milestones)).map(({ year, began, ended }) => {
    const inForce = inForceAtYearEnd(edges, year);
    const inForceByType: Record<string, number> = {};
    for (const edge of inForce) inForceByType[edge.type] = (inForceByType[edge.type] ?? 0) + 1;
    return { year, inForceByType, began, ended, openness: openness(inForce, categoryOf), topNodes: topNodes(inForce, byId) };
  });
}
