// Compare two dates at the current step unit: what was added, what ended and what persisted, each in its own style
// on the graph, with counts and the lists of relationships. As of, it compares what was in force on each date; in
// window mode (the default for events) it compares the two windows ending at the dates (temporal.ts diff). On a network
// shown one view at a time the server compares them (GET /api/compare): its counts, and the top changes drawn.
import type { Deps } from '../context';
import { h, replaceChildren } from '../dom';
import { dateText, msg, t } from '../i18n';
import { formatDate, snapDate } from '../lib/dates';
import { diffFor } from '../view-sync';
import type { TimeUnit } from '../lib/time-unit';
import { compareGroup } from './compare-group';
import { lengthText } from './time-text';

/** Builds the compare panel in `element`. */
export function setUpCompare(element: HTMLElement, deps: Deps): void {
  const { store, data } = deps;
  const fromSelect = h('select', { id: 'compare-from', 'aria-label': msg('compare.fromLabel') });
  const toSelect = h('select', { id: 'compare-to', 'aria-label': msg('compare.toLabel') });
  const help = h('p', { class: 'muted compare-help', id: 'compare-help' });
  /** The precision to write a compared date at: the unit's when it ends a step (2012-12-31 by year is "2012"). */
  const precisionOf = (date: string, unit: TimeUnit) =>
    (unit === 'year' || unit === 'month') && snapDate(date, unit) === date ? unit : 'day';
  const dateLabel = (date: string, unit: TimeUnit) => dateText(date, precisionOf(date, unit));
  /** Options read the same in both languages ("2012", "2021-09", "2021-09-19"), as ISO dates do. */
  const optionLabel = (date: string, unit: TimeUnit) => formatDate(date, precisionOf(date, unit));
  /** Fills both selects with the step ends of `unit` (and any compared date that is not one), keeping their choice. */
  const paintOptions = (unit: TimeUnit) => {
    const steps = data.stepEnds(unit);
    const compare = store.get().compare;
    const dates = [...new Set([...steps, ...(compare ? [compare.from, compare.to] : [])])].sort();
    const last = steps[steps.length - 1]!;
    const back = store.get().mode === 'window' ? store.get().windowYears : 4;
    const fromDefault = steps[Math.max(0, steps.length - 1 - back)]!;
    for (const [select, fallback] of [
      [fromSelect, fromDefault],
      [toSelect, last],
    ] as const) {
      const chosen = select.value && dates.includes(select.value) && select.options.length ? select.value : fallback;
      replaceChildren(select, ...dates.map((d) => h('option', { value: d }, optionLabel(d, unit))));
      select.value = chosen;
    }
  };
  const results = h('div', { class: 'compare-results', 'aria-live': 'polite', id: 'compare-results' });
  const clear = h(
    'button',
    { type: 'button', class: 'btn', id: 'compare-clear', onclick: () => store.update({ compare: null }) },
    msg('common.clear'),
  );

  let paintedUnit: TimeUnit | null = null;
  const render = () => {
    const state = store.get();
    if (state.precision !== paintedUnit) paintOptions(state.precision);
    paintedUnit = state.precision;
    const length = lengthText(state.windowYears, state.precision);
    help.textContent = state.mode === 'window' ? t('compare.windowHelp', { length }) : t('compare.asOfHelp');
    const compare = state.compare;
    clear.disabled = !compare;
    if (!compare) {
      replaceChildren(results, h('p', { class: 'muted' }, msg('compare.prompt')));
      return;
    }
    fromSelect.value = compare.from;
    toSelect.value = compare.to;
    // On a network shown one view at a time, the comparison is the view drawn: wait for it, then take its counts.
    if (deps.views && !deps.views.ready(state))
      return void replaceChildren(results, h('p', { class: 'muted' }, msg('views.compareLoading')));
    const counted = deps.views?.current?.view.compared;
    const result = diffFor(deps, state)!;
    const [from, to] = [dateLabel(compare.from, state.precision), dateLabel(compare.to, state.precision)];
    const shown = result.added.length + result.ended.length + result.persisted.length;
    const notes = counted
      ? [
          ...(shown < counted.added + counted.ended + counted.persisted
            ? [h('p', { class: 'muted' }, t('views.compareTop', { shown }))]
            : []),
          ...(counted.exact ? [] : [h('p', { class: 'muted' }, msg('views.compareSampled'))]),
        ]
      : [];
    replaceChildren(
      results,
      h(
        'p',
        { class: 'summary' },
        state.mode === 'window' ? t('compare.windowSummary', { from, to, length }) : t('compare.summary', { from, to }),
      ),
      ...notes,
      compareGroup('added', result.added, counted?.added ?? result.added.length, deps),
      compareGroup('ended', result.ended, counted?.ended ?? result.ended.length, deps),
      compareGroup('persisted', result.persisted, counted?.persisted ?? result.persisted.length, deps),
    );
  };

  const run = () => store.update({ compare: { from: fromSelect.value, to: toSelect.value } });
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
    help,
    results,
  );
  deps.views?.onChange((_view, loading) => !loading && render());
  store.subscribe((s, p) => {
    const windowChanged = s.mode !== p.mode || s.windowYears !== p.windowYears || s.precision !== p.precision;
    if (s.compare !== p.compare || s.lang !== p.lang || windowChanged) render();
  });
  render();
}
