// A tiny observable store for the view state: widgets read `get()`, change it with `update()`,
// and react in `subscribe()`; the URL hash follows the state once changes pause, and a pasted link is applied.
import { decodeUrlState, encodeUrlState } from './lib/url-state';
import type { ViewState } from './lib/view-state';

/** The URL hash is written this long after the last change (a burst of steps writes it once, with the last date). */
const HASH_WRITE_MS = 250;

type Listener = (state: ViewState, previous: ViewState) => void;

export interface Store {
  get(): ViewState;
  update(patch: Partial<ViewState>): void;
  subscribe(listener: Listener): void;
}

/** Creates the store from the current URL hash and keeps the hash in step (replaceState, no history spam). */
export function createStore(location: Location, history: History): Store {
  let state = decodeUrlState(location.hash);
  const listeners: Listener[] = [];
  window.addEventListener('hashchange', () => {
    const previous = state;
    state = decodeUrlState(location.hash);
    if (!state.at) state.at = previous.at;
    listeners.forEach((listener) => listener(state, previous));
  });
  /** Writes the hash HASH_WRITE_MS after the last change (replaceState costs tens of ms, too much for every step of a
   * replay); at once when the page is being left. */
  let timer: number | null = null;
  const flushHash = () => {
    timer = null;
    const hash = encodeUrlState(state);
    if (hash !== location.hash.replace(/^#/, '')) history.replaceState(null, '', `#${hash}`);
  };
  const writeHash = () => {
    if (timer !== null) window.clearTimeout(timer);
    timer = window.setTimeout(flushHash, HASH_WRITE_MS);
  };
  window.addEventListener('pagehide', () => {
    if (timer !== null) {
      window.clearTimeout(timer);
      flushHash();
    }
  });
  return {
    get: () => state,
    update(patch) {
      const previous = state;
      state = { ...state, ...patch };
      listeners.forEach((listener) => listener(state, previous));
      writeHash();
    },
    subscribe(listener) {
      listeners.push(listener);
    },
  };
}
