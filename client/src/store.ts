// A tiny observable store for the view state: widgets read `get()`, change it with `update()`,
// and react in `subscribe()`; the URL hash follows every change, and a pasted link is applied.
import { decodeUrlState, encodeUrlState } from './lib/url-state';
import type { ViewState } from './lib/view-state';

/** The shortest time between two writes of the URL hash. */
const HASH_WRITE_MS = 300;

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
  /** Writes the hash at most every HASH_WRITE_MS (replaceState is slow enough to matter during playback); the last
   * state is always written, and at once when the page is being left. */
  let lastWrite = 0;
  let timer: number | null = null;
  const flushHash = () => {
    timer = null;
    lastWrite = performance.now();
    const hash = encodeUrlState(state);
    if (hash !== location.hash.replace(/^#/, '')) history.replaceState(null, '', `#${hash}`);
  };
  const writeHash = () => {
    if (timer !== null) return;
    const wait = lastWrite + HASH_WRITE_MS - performance.now();
    if (wait <= 0) flushHash();
    else timer = window.setTimeout(flushHash, wait);
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
