// The view's shareable state (what the URL carries) and its defaults.
import type { ViewMode } from './temporal';

export type Lang = 'en' | 'zh';
export type Tab = 'changes' | 'details' | 'compare' | 'paths' | 'console';
export const TABS: readonly Tab[] = ['changes', 'details', 'compare', 'paths', 'console'];

export interface Filters {
  hiddenKinds: string[];
  hiddenGroups: string[];
  hiddenTypes: string[];
  hideIsolated: boolean;
}

export interface ViewState {
  /** The date shown, YYYY-MM-DD; null until the timeline has loaded (then the last data year). */
  at: string | null;
  precision: 'year' | 'month';
  mode: ViewMode;
  windowYears: number;
  compare: { from: number; to: number } | null;
  /** Selected node id. */
  selection: string | null;
  filters: Filters;
  lang: Lang;
  tab: Tab;
  /** The Cypher text open in the console, and its parameters as JSON text. */
  query: string | null;
  params: string | null;
}

/** A fresh default state. */
export function defaultViewState(): ViewState {
  return {
    at: null,
    precision: 'year',
    mode: 'asof',
    windowYears: 3,
    compare: null,
    selection: null,
    filters: { hiddenKinds: [], hiddenGroups: [], hiddenTypes: [], hideIsolated: false },
    lang: 'en',
    tab: 'changes',
    query: null,
    params: null,
  };
}
