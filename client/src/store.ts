// A tiny observable store for the view state: widgets read `get()`, change it with `update()`,
// and react in `subscribe()`; the URL hash follows every change, and a pasted link is applied.
import { decodeUrlState, encodeUrlState } from './lib/url-state';
import type { ViewState } from './lib/view-state';

export type Listener = (state: ViewState, previous: ViewState) => void;

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
  return {
    get: () => state,
    update(patch) {
      const previous = state;
      state = { ...state, ...patch };
      const hash = encodeUrlState(state);
      if (hash !== location.hash.replace(/^#/, '')) history.replaceState(null, '', `#${hash}`);
      listeners.forEach((listener) => listener(state, previous));
    },
    subscribe(listener) { listeners.push(listener); },
  };
}
