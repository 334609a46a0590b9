// Compare two years: what was added, what ended and what persisted (end of year A vs end of year B),
// each in its own style on the graph, with counts and the lists of relationships.
import type { Deps } from '../context';
import { h, replaceChildren } from '../dom';
import { msg, t } from '../i18n';
import { yearEnd } from '../lib/dates';
import { diff } from '../lib/temporal';

/** Builds the compare panel in `element`. */
export function setUpCompare(element: HTMLElement, deps: Deps): void {
  const { store, data, graph } = deps;
  const years = data.years();
  const yearSelect = (id: string, label: ReturnType<typeof msg>) =>
    h('select', { id, 'aria-label': label }, ...years.map((y) => h('option', { value: String(y) }, String(y))));
  const fromSelect = yearSelect('compare-from', msg('compare.fromLabel'));
  const toSelect = yearSelect('compare-to', msg('compare.toLabel'));
  const results = h('div', { class: 'compare-results', 'aria-live': 'polite', id: 'compare-results' });
  const clear = h(
    'button',
    { type: 'button', class: 'btn', id: 'compare-clear', onclick: () => store.update({ compare: null }) },
    msg('common.clear'),
  );

  const group = (kind: 'added' | 'ended' | 'persisted', ids: string[]) =>
    h(
      'details',
      { class: `cmp-group cmp-${kind}`, open: kind !== 'persisted' && ids.length < 25 },
      h(
        'summary',
        {},
        h('span', { class: `swatch swatch-${kind}` }),
        `${t(`compare.${kind}`)} `,
        h('strong', { 'data-count': kind }, String(ids.length)),
      ),
      h(
        'ul',
        {},
        ...ids.map((id) => {
          const edge = data.edges.get(id)!;
          return h(
            'li',
            {},
            h(
              'button',
              { type: 'button', class: 'link', onclick: () => graph.focus([], [id]) },
              `${data.nodeLabel(edge.source)} → ${data.typeLabel(edge.type)} → ${data.nodeLabel(edge.target)}`,
            ),
          );
        }),
      ),
    );

  const render = () => {
    const compare = store.get().compare;
    clear.disabled = !compare;
    if (!compare) {
      replaceChildren(results, h('p', { class: 'muted' }, msg('compare.prompt')));
      return;
    }
    fromSelect.value = String(compare.from);
    toSelect.value = String(compare.to);
    const result = diff(data.timeline.edges, yearEnd(compare.from), yearEnd(compare.to));
    replaceChildren(
      results,
      h('p', { class: 'summary' }, t('compare.summary', compare)),
      group('added', result.added),
      group('ended', result.ended),
      group('persisted', result.persisted),
    );
  };

  const run = () => store.update({ compare: { from: Number(fromSelect.value), to: Number(toSelect.value) } });
  fromSelect.value = String(years[Math.max(0, years.length - 5)] ?? '');
  toSelect.value = String(years[years.length - 1] ?? '');
  replaceChildren(
    element,
    h('h2', { class: 'panel-title' }, msg('compare.title')),
    h(
      'div',
      { class: 'row' },
      h('label', { for: 'compare-from' }, msg('compare.from')),
      fromSelect,
      h('label', { for: 'compare-to' }, msg('compare.to')),
      toSelect,
      h('button', { type: 'button', class: 'btn btn-primary', id: 'compare-run', onclick: run }, msg('compare.run')),
      clear,
    ),
    results,
  );
  store.subscribe((s, p) => {
    if (s.compare !== p.compare || s.lang !== p.lang) render();
  });
  render();
}
