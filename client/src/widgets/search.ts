// The header search: pick a node by English name, Chinese name or alias; the match gets the focus
// in the graph and its details open.
import type { Deps } from '../context';
import { h, replaceChildren } from '../dom';
import { msg } from '../i18n';
import { createNodePicker } from './node-picker';

/** Builds the search box in `element`. */
export function setUpSearch(element: HTMLElement, deps: Deps): void {
  const picker = createNodePicker(deps.api, msg('search.label'), (hit) => {
    deps.store.update({ selection: hit.id, tab: 'details' });
    deps.graph.focus([hit.id]);
  });
  picker.input.id = 'search';
  replaceChildren(element, h('label', { for: 'search', class: 'visually-hidden' }, msg('search.label')), picker.element);
}
