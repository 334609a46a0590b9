// Console history kept in the browser (localStorage): newest first, de-duplicated, bounded.

export interface HistoryEntry {
  query: string;
  params: string;
  ranAt: string;
}

const KEY = 'hulian.console.history';
const MAX = 30;

/** Reads the history; a corrupt or missing entry gives an empty list. */
export function readHistory(storage: Pick<Storage, 'getItem'>): HistoryEntry[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((e): e is HistoryEntry => typeof e?.query === 'string') : [];
  } catch {
    return [];
  }
}

/** Adds a run to the top of the history and stores it; returns the new list. */
export function pushHistory(storage: Pick<Storage, 'getItem' | 'setItem'>, query: string, params: string): HistoryEntry[] {
  const entries = [
    { query, params, ranAt: new Date().toISOString() },
    ...readHistory(storage).filter((e) => e.query !== query || e.params !== params),
  ].slice(0, MAX);
  try {
    storage.setItem(KEY, JSON.stringify(entries));
  } catch {
    /* storage full or disabled: keep it in memory only */
  }
  return entries;
}
