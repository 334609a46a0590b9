// The view's shareable state (what the URL carries) and its defaults.
import type { ViewMode } from './temporal';
import type { TimeUnit } from './time-unit';

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
  /** The date shown, YYYY-MM-DD; null until the timeline has loaded (then the end of the data's last step). */
  at: string | null;
  /** The unit the slider, the replay and the change log step by. */
  precision: TimeUnit;
  mode: ViewMode;
  /** The window's length in steps of `precision` (the name predates units other than years). */
  windowYears: number;
  /** The two dates compared, YYYY-MM-DD. */
  compare: { from: string; to: string } | null;
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
