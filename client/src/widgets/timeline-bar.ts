// The timeline bar: histogram of changes per year, milestone markers, the date slider (year steps or
// month precision), and the "As of" / "Window" mode controls.
import type { Deps } from '../context';
import { h, replaceChildren } from '../dom';
import { dateText, msg, namesMode, t } from '../i18n';
import { monthEnd, monthOf, snapDate, yearEnd, yearOf } from '../lib/dates';
import { labelIn } from '../lib/labels';
import { isDated, type DatedMilestone } from '../lib/temporal';

/** The slider position of a date, in months since January of the first data year. */
const sliderIndex = (date: string, fromYear: number) => (yearOf(date) - fromYear) * 12 + monthOf(date) - 1;
/** The date a slider position stands for (the end of that month). */
const sliderDate = (index: number, fromYear: number) => monthEnd(fromYear + Math.floor(index / 12), (index % 12) + 1);

/** Builds the timeline bar inside `element`. */
export function setUpTimelineBar(element: HTMLElement, deps: Deps): void {
  const { store, data } = deps;
  const { from, to } = data.timeline.range;
  const span = Math.max(1, to - from);
  const fraction = (date: string) => (sliderIndex(date, from) - 11) / (span * 12);

  const slider = h('input', { type: 'range', id: 'date-slider', 'aria-label': msg('timeline.dateShown'), class: 'tl-slider' });
  const histogram = h('div', { class: 'tl-histogram', 'aria-hidden': 'true' });
  const markers = h('div', { class: 'tl-markers' });
  const ticks = h('div', { class: 'tl-ticks', 'aria-hidden': 'true' });
  const dateLabel = h('output', { class: 'tl-date', for: 'date-slider', 'aria-live': 'polite' });
  const precision = h(
    'select',
    { 'aria-label': msg('timeline.precision'), id: 'precision' },
    h('option', { value: 'year' }, msg('timeline.yearSteps')),
    h('option', { value: 'month' }, msg('timeline.monthPrecision')),
  );
  const mode = h(
    'select',
    { 'aria-label': msg('timeline.mode'), id: 'mode' },
    h('option', { value: 'asof' }, msg('timeline.asOf')),
    h('option', { value: 'window' }, msg('timeline.window')),
  );
  const windowYears = h('input', {
    type: 'number',
    min: 1,
    max: 20,
    id: 'window-years',
    'aria-label': msg('timeline.windowLength'),
    class: 'tl-window',
  });
  const windowLabel = h(
    'label',
    { for: 'window-years', class: 'tl-window-label' },
    msg('timeline.last'),
    windowYears,
    msg('timeline.years'),
  );

  const maxCount = Math.max(1, ...data.timeline.years.map((y) => y.began + y.ended));
  for (const y of data.timeline.years) {
    const left = `${((y.year - from) / span) * 100}%`;
    const bar = h(
      'div',
      {
        class: 'tl-bar',
        style: `left:${left}`,
        title: msg('timeline.bar', { year: y.year, began: y.began, ended: y.ended, inForce: y.inForce }),
      },
      h('span', { class: 'tl-bar-ended', style: `height:${(y.ended / maxCount) * 100}%` }),
      h('span', { class: 'tl-bar-began', style: `height:${(y.began / maxCount) * 100}%` }),
    );
    histogram.append(bar);
  }
  for (let year = from; year <= to; year++) {
    ticks.append(h('span', { style: `left:${((year - from) / span) * 100}%` }, (year - from) % 2 === 0 || year === to ? String(year) : ''));
  }
  const paintMarkers = () => replaceChildren(markers, ...data.timeline.milestones.filter(isDated).map(marker));

  function marker(m: DatedMilestone): HTMLElement {
    const at = snapDate(m.date, m.datePrecision === 'year' ? 'year' : 'month');
    const title = `${dateText(m.date, m.datePrecision)} · ${labelIn(m.title, m.titleZh, namesMode())}`;
    return h('button', {
      type: 'button',
      class: 'tl-marker',
      style: `left:${Math.min(1, Math.max(0, fraction(at))) * 100}%`,
      title,
      'aria-label': t('timeline.milestone', { title }),
      onclick: () => store.update({ at: snapDate(at, store.get().precision), tab: 'changes' }),
    });
  }

  const sync = () => {
    const state = store.get();
    const at = state.at ?? yearEnd(to);
    const yearStep = state.precision === 'year';
    slider.min = String(yearStep ? 11 : 0);
    slider.max = String(span * 12 + 11);
    slider.step = String(yearStep ? 12 : 1);
    slider.value = String(sliderIndex(at, from));
    slider.setAttribute('aria-valuetext', dateText(at, yearStep ? 'year' : 'month'));
    replaceChildren(
      dateLabel,
      h(
        'span',
        { class: 'tl-date-mode' },
        state.mode === 'asof' ? t('timeline.asOf') : t('timeline.windowTo', { years: state.windowYears }),
      ),
      h('strong', {}, dateText(at, yearStep ? 'year' : 'month')),
    );
    precision.value = state.precision;
    mode.value = state.mode;
    windowYears.value = String(state.windowYears);
    windowLabel.hidden = state.mode !== 'window';
  };

  slider.addEventListener('input', () => store.update({ at: sliderDate(Number(slider.value), from) }));
  precision.addEventListener('change', () => {
    const next = precision.value === 'month' ? 'month' : 'year';
    store.update({ precision: next, at: snapDate(store.get().at ?? yearEnd(to), next) });
  });
  mode.addEventListener('change', () => store.update({ mode: mode.value === 'window' ? 'window' : 'asof' }));
  windowYears.addEventListener('change', () => {
    const n = Math.round(Number(windowYears.value));
    if (n >= 1 && n <= 20) store.update({ windowYears: n });
  });

  const track = h('div', { class: 'tl-track' }, histogram, markers, slider, ticks);
  const controls = h('div', { class: 'tl-controls', id: 'tl-controls' }, dateLabel, mode, windowLabel, precision);
  replaceChildren(element, controls, track);
  store.subscribe((s, p) => {
    if (s.lang !== p.lang) paintMarkers();
    sync();
  });
  paintMarkers();
  sync();
}
