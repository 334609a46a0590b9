// The line that says how much of a large network's view is drawn: "Showing 2,000 of 67,623 relationships in this
// period, those of its 500 most active nodes", in the interface's language, and "Loading…" while the next view comes.
import { h, replaceChildren } from '../dom';
import { msg } from '../i18n';
import type { ViewGate } from './view-gate';
import type { DrawnView } from './view-source';

/** Adds the notice to `container` (the graph's box) and keeps it in step with the views the gate draws. */
export function setUpViewNotice(container: HTMLElement, gate: ViewGate): void {
  const box = h('p', { class: 'view-notice', role: 'status', 'aria-live': 'polite', hidden: true });
  container.append(box);
  const show = (view: DrawnView | null, loading: boolean) => {
    // A comparison says what it shows in the Compare panel.
    box.hidden = (!view && !loading) || view?.compared !== undefined;
    if (!view) return replaceChildren(box, loading ? msg('views.loading') : '');
    const counts = {
      shown: view.edges.length.toLocaleString(),
      total: view.counts.relationships.toLocaleString(),
      nodes: view.nodes.length.toLocaleString(),
      active: view.counts.nodes?.toLocaleString() ?? '',
    };
    const key =
      view.edges.length >= view.counts.relationships
        ? 'views.showingAll'
        : view.counts.nodes === null
          ? 'views.showingSomeDense'
          : 'views.showingSome';
    const line = msg(key, counts);
    replaceChildren(box, line, loading ? ' · ' : null, loading ? msg('views.loading') : null);
    box.dataset.loading = String(loading);
  };
  gate.onChange(show);
  if (gate.current) show(gate.current.view, false);
}
