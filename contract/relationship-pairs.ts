// The pair rule of a window comparison, shared by the client's diff and the server's Compare: a pair of nodes with a
// relationship type is active in a window when one of its relationships began or ended there, and is named by its
// latest relationship (by end, else start; a partial date counts as its first day; ties go to the larger id).

export interface PairedRelationship {
  id: string;
  source: string;
  target: string;
  type?: string | null;
  since: string | null;
  until: string | null;
}

/** The pair a relationship belongs to: its two ends and its type. */
const pairKey = (edge: PairedRelationship): string => `${edge.source}\u0000${edge.type ?? ''}\u0000${edge.target}`;

/** The day a relationship was last seen: its end, else its start, a partial date ("2021", "2021-09") completed. */
function latestDay(edge: PairedRelationship): string {
  const value = edge.until ?? edge.since ?? '';
  if (value.length === 4) return `${value}-01-01`;
  if (value.length === 7) return `${value}-01`;
  return value.slice(0, 10);
}

/** Each pair among `edges` with its latest relationship. */
export function latestByPair<E extends PairedRelationship>(edges: Iterable<E>): Map<string, E> {
  const pairs = new Map<string, E>();
  for (const edge of edges) {
    const key = pairKey(edge);
    const kept = pairs.get(key);
    if (!kept) {
      pairs.set(key, edge);
      continue;
    }
    const [day, keptDay] = [latestDay(edge), latestDay(kept)];
    if (day > keptDay || (day === keptDay && edge.id > kept.id)) pairs.set(key, edge);
  }
  return pairs;
}
