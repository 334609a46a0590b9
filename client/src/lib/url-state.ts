// Pure encoding of the view state into a URL hash ("#at=2021-12-31&mode=asof…") and back, and the defaults the data
// gives what a link leaves out. Decoding never throws: unknown or malformed values fall back to the defaults. Old links
// keep working: `win` counted years (now `wl` counts steps) and `cmp` compared years (now days; a year end is a year).
import { isIsoDate } from '../../../contract/dates';
import { snapDate, yearEnd } from './dates';
import type { TimeProfile } from './time-profile';
import { convertLength, isTimeUnit } from './time-unit';
import { defaultViewState, TABS, type Tab, type ViewState } from './view-state';

const list = (values: string[]) => values.join(',');
const parseList = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);
const YEAR = /^\d{4}$/;
/** The longest window a link may ask for, in steps. */
const MAX_WINDOW = 1000;

/** A compared date as a link writes it: a year end as its year ("2012"), any other day in full. */
const compareText = (date: string) => (date.endsWith('-12-31') ? date.slice(0, 4) : date);
const compareDate = (text: string | undefined) => (!text ? null : YEAR.test(text) ? yearEnd(Number(text)) : isIsoDate(text) ? text : null);
const windowLength = (text: string | null) => {
  const n = Number(text);
  return text && Number.isInteger(n) && n >= 1 && n <= MAX_WINDOW ? n : null;
};

/** Encodes the state as a hash fragment (without "#"); defaults are left out to keep links short. */
export function encodeUrlState(state: ViewState): string {
  const d = defaultViewState();
  const p = new URLSearchParams();
  if (state.at) p.set('at', state.at);
  if (state.precision !== d.precision) p.set('step', state.precision);
  if (state.mode !== d.mode) p.set('mode', state.mode);
  if (state.mode === 'window' || state.windowYears !== d.windowYears) p.set('wl', String(state.windowYears));
  if (state.compare) p.set('cmp', `${compareText(state.compare.from)}..${compareText(state.compare.to)}`);
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
  if (isTimeUnit(step)) state.precision = step;
  const mode = p.get('mode');
  if (mode === 'asof' || mode === 'window') state.mode = mode;
  const legacyYears = windowLength(p.get('win'));
  if (legacyYears) state.windowYears = convertLength(legacyYears, 'year', state.precision);
  state.windowYears = windowLength(p.get('wl')) ?? state.windowYears;
  const [from, to] = (p.get('cmp') ?? '').split('..').map(compareDate);
  if (from && to) state.compare = { from, to };
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

/**
 * What the data decides for the time settings a link leaves out: the unit (when neither `step` nor an old link's `win`
 * is given), window mode for events (when `mode` is not given), a window that fits the span (when no length is given)
 * and the date (the end of the data's last step; for events in a window the period worth seeing, opening.ts).
 */
export function timeDefaults(hash: string, profile: TimeProfile): Partial<ViewState> {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const state = decodeUrlState(hash);
  const patch: Partial<ViewState> = {};
  const unit = p.has('step') || p.has('win') ? state.precision : profile.unit;
  if (unit !== state.precision) patch.precision = unit;
  if (!p.has('mode') && profile.events) patch.mode = 'window';
  if (!p.has('wl') && !p.has('win')) patch.windowYears = convertLength(profile.window, profile.unit, unit);
  // Events in a window open on the period worth seeing (opening.ts); anything else on the data's last step.
  const windowed = (patch.mode ?? state.mode) === 'window' && profile.events;
  if (!state.at) patch.at = snapDate(windowed && profile.opening?.at ? profile.opening.at : profile.last, unit);
  return patch;
}
