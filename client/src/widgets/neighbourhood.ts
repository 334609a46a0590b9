// Expand and collapse a node's neighbourhood at the current date (/api/nodes/:id/neighbors):
// expanded neighbourhoods stay bright while the rest of the graph fades.
import type { Deps } from '../context';
import { edgeElementId } from '../graph/view';
import { h, replaceChildren } from '../dom';
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
    const depth = h('select', { 'aria-label': 'Neighbourhood depth' },
      h('option', { value: '1' }, '1 hop'), h('option', { value: '2' }, '2 hops'), h('option', { value: '3' }, '3 hops'));
    const toggle = h('button', { type: 'button', class: 'btn', id: 'expand-toggle' });
    const collapseAll = h('button', { type: 'button', class: 'btn', onclick: () => { expanded.clear(); publish(); paint(); } }, 'Collapse all');
    const paint = () => {
      toggle.textContent = expanded.has(nodeId) ? 'Collapse neighbours' : 'Expand neighbours';
      toggle.setAttribute('aria-pressed', String(expanded.has(nodeId)));
      collapseAll.hidden = expanded.size === 0;
    };
    toggle.addEventListener('click', async () => {
      if (expanded.has(nodeId)) { expanded.delete(nodeId); publish(); paint(); status.textContent = ''; return; }
      const at = deps.store.get().at ?? yearEnd(deps.data.timeline.range.to);
      status.textContent = 'Loading…';
      try {
        const hood = await deps.api.neighbors(nodeId, at, Number(depth.value));
        expanded.set(nodeId, new Set([hood.center, ...hood.nodes.map((n) => n.id), ...hood.edges.map((e) => edgeElementId(e.id))]));
        status.textContent = `${hood.nodes.length} neighbours, ${hood.edges.length} relationships at ${at}`;
        publish();
        deps.graph.focus([nodeId, ...hood.nodes.map((n) => n.id)]);
      } catch (error) {
        status.textContent = `Could not expand: ${(error as Error).message}`;
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
