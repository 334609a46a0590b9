// Compare two years: what was added, what ended and what persisted (end of year A vs end of year B),
// each in its own style on the graph, with counts and the lists of relationships.
import type { Deps } from '../context';
import { h, replaceChildren } from '../dom';
import { yearEnd } from '../lib/dates';
import { diff } from '../lib/temporal';

/** Builds the compare panel in `element`. */
export function setUpCompare(element: HTMLElement, deps: Deps): void {
  const { store, data, graph } = deps;
  const years = data.years();
  const yearSelect = (id: string, label: string) => h('select', { id, 'aria-label': label },
    ...years.map((y) => h('option', { value: String(y) }, String(y))));
  const fromSelect = yearSelect('compare-from', 'Compare from year');
  const toSelect = yearSelect('compare-to', 'Compare to year');
  const results = h('div', { class: 'compare-results', 'aria-live': 'polite', id: 'compare-results' });
  const clear = h('button', { type: 'button', class: 'btn', id: 'compare-clear', onclick: () => store.update({ compare: null }) }, 'Clear');

  const group = (kind: 'added' | 'ended' | 'persisted', ids: string[]) => h('details', { class: `cmp-group cmp-${kind}`, open: kind !== 'persisted' && ids.length < 25 },
    h('summary', {}, h('span', { class: `swatch swatch-${kind}` }), `${kind} `, h('strong', { 'data-count': kind }, String(ids.length))),
    h('ul', {}, ...ids.map((id) => {
      const edge = data.edges.get(id)!;
      return h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => graph.focus([], [id]) },
        `${data.bothNames(edge.source)} → ${data.typeLabel(edge.type)} → ${data.bothNames(edge.target)}`));
    })));

  const render = () => {
    const compare = store.get().compare;
    clear.disabled = !compare;
    if (!compare) {
      replaceChildren(results, h('p', { class: 'muted' }, 'Pick two years and press Compare. The graph then shows added, ended and persisting relationships in their own styles.'));
      return;
    }
    fromSelect.value = String(compare.from);
    toSelect.value = String(compare.to);
    const result = diff(data.timeline.edges, yearEnd(compare.from), yearEnd(compare.to));
    replaceChildren(results, h('p', { class: 'summary' }, `End of ${compare.from} → end of ${compare.to}`),
      group('added', result.added), group('ended', result.ended), group('persisted', result.persisted));
  };

  const run = () => store.update({ compare: { from: Number(fromSelect.value), to: Number(toSelect.value) } });
  fromSelect.value = String(years[Math.max(0, years.length - 5)] ?? '');
  toSelect.value = String(years[years.length - 1] ?? '');
  replaceChildren(element, h('h2', { class: 'panel-title' }, 'Compare 对比'),
    h('div', { class: 'row' }, h('label', { for: 'compare-from' }, 'From'), fromSelect, h('label', { for: 'compare-to' }, 'to'), toSelect,
      h('button', { type: 'button', class: 'btn btn-primary', id: 'compare-run', onclick: run }, 'Compare'), clear),
    results);
  store.subscribe((s, p) => { if (s.compare !== p.compare) render(); });
  render();
}
