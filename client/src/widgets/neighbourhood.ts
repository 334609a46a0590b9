// Expand and collapse a node's neighbourhood at the current date (/api/nodes/:id/neighbors):
// expanded neighbourhoods stay bright while the rest of the graph fades.
import type { Deps } from '../context';
import { edgeElementId } from '../graph/view';
import { h, replaceChildren } from '../dom';
import { dateText, msg, t } from '../i18n';
import { errorMessage } from './problem';
import { yearEnd } from '../lib/dates';

/** Keeps the expanded neighbourhoods and renders the expand/collapse controls for a node. */
export function setUpNeighbourhood(deps: Deps) {
  const expanded = new Map<string, Set<string>>();
  const publish = () => {
    const union = new Set<string>();
    expanded.forEach((ids) => ids.forEach((id) => union.add(id)));
    deps.focusSet.emit(expanded.size ? union : null);
  };

  /** The controls for `nodeId`: depth, Expand/Collapse, and Collapse all. */
  function controls(nodeId: string): HTMLElement {
    const status = h('span', { class: 'muted', 'aria-live': 'polite' });
    const depth = h(
      'select',
      { 'aria-label': msg('hood.depth') },
      h('option', { value: '1' }, msg('hood.oneHop')),
      h('option', { value: '2' }, msg('hood.hops', { n: 2 })),
      h('option', { value: '3' }, msg('hood.hops', { n: 3 })),
    );
    const toggle = h('button', { type: 'button', class: 'btn', id: 'expand-toggle' });
    const collapseAll = h(
      'button',
      {
        type: 'button',
        class: 'btn',
        onclick: () => {
          expanded.clear();
          publish();
          paint();
        },
      },
      msg('hood.collapseAll'),
    );
    const paint = () => {
      toggle.textContent = t(expanded.has(nodeId) ? 'hood.collapse' : 'hood.expand');
      toggle.setAttribute('aria-pressed', String(expanded.has(nodeId)));
      collapseAll.hidden = expanded.size === 0;
    };
    toggle.addEventListener('click', async () => {
      if (expanded.has(nodeId)) {
        expanded.delete(nodeId);
        publish();
        paint();
        status.textContent = '';
        return;
      }
      const at = deps.store.get().at ?? yearEnd(deps.data.timeline.range.to);
      status.textContent = t('common.loading');
      try {
        const hood = await deps.api.neighbors(nodeId, at, Number(depth.value));
        expanded.set(nodeId, new Set([hood.center, ...hood.nodes.map((n) => n.id), ...hood.edges.map((e) => edgeElementId(e.id))]));
        status.textContent = t('hood.result', { nodes: hood.nodes.length, edges: hood.edges.length, date: dateText(at) });
        publish();
        deps.graph.focus([nodeId, ...hood.nodes.map((n) => n.id)]);
      } catch (error) {
        status.textContent = `${t('hood.failed')} ${errorMessage(error)}`;
      }
      paint();
    });
    paint();
    const box = h('div', { class: 'row neighbourhood' });
    replaceChildren(box, depth, toggle, collapseAll, status);
    return box;
  }
  return { controls };
}
