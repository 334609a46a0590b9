// Pure encoding of the view state into a URL hash ("#at=2021-12-31&mode=asof…") and back.
// Decoding never throws: unknown or malformed values fall back to the defaults.
import { isIsoDate } from '../../../contract/dates';
import { defaultViewState, TABS, type Tab, type ViewState } from './view-state';

const list = (values: string[]) => values.join(',');
const parseList = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);
const YEAR = /^\d{4}$/;

/** Encodes the state as a hash fragment (without "#"); defaults are left out to keep links short. */
export function encodeUrlState(state: ViewState): string {
  const d = defaultViewState();
  const p = new URLSearchParams();
  if (state.at) p.set('at', state.at);
  if (state.precision !== d.precision) p.set('step', state.precision);
  if (state.mode !== d.mode) p.set('mode', state.mode);
  if (state.mode === 'window' || state.windowYears !== d.windowYears) p.set('win', String(state.windowYears));
  if (state.compare) p.set('cmp', `${state.compare.from}..${state.compare.to}`);
  if (state.selection) p.set('sel', state.selection);
  if (state.filters.hiddenKinds.length) p.set('hk', list(state.filters.hiddenKinds));
  if (state.filters.hiddenGroups.length) p.set('hg', list(state.filters.hiddenGroups));
  if (state.filters.hiddenTypes.length) p.set('ht', list(state.filters.hiddenTypes));
  if (state.filters.hideIsolated) p.set('iso', '0');
  if (state.lang !== d.lang) p.set('lang', state.lang);
  if (state.tab !== d.tab) p.set('tab', state.tab);
  if (state.query) p.set('q', state.query);
  if (state.params) p.set('p', state.params);
  return p.toString();
}

/** Decodes a hash (with or without "#") into a full state; bad values take their defaults. */
export function decodeUrlState(hash: unknown): ViewState {
  const state = defaultViewState();
  if (typeof hash !== 'string') return state;
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const at = p.get('at');
  if (isIsoDate(at)) state.at = at;
  const step = p.get('step');
  if (step === 'year' || step === 'month') state.precision = step;
  const mode = p.get('mode');
  if (mode === 'asof' || mode === 'window') state.mode = mode;
  const win = Number(p.get('win'));
  if (Number.isInteger(win) && win >= 1 && win <= 30) state.windowYears = win;
  const [from, to] = (p.get('cmp') ?? '').split('..');
  if (from && to && YEAR.test(from) && YEAR.test(to)) state.compare = { from: Number(from), to: Number(to) };
  state.selection = p.get('sel') || null;
  state.filters = {
    hiddenKinds: parseList(p.get('hk')),
    hiddenGroups: parseList(p.get('hg')),
    hiddenTypes: parseList(p.get('ht')),
    hideIsolated: p.get('iso') === '0',
  };
  if (p.get('lang') === 'zh') state.lang = 'zh';
  const tab = p.get('tab');
  if (tab && (TABS as readonly string[]).includes(tab)) state.tab = tab as Tab;
  state.query = p.get('q') || null;
  state.params = p.get('p') || null;
  return state;
}
