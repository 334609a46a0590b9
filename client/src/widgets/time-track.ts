// The time bar's track at the current step unit: the histogram of what began and ended in each step, the tick labels
// and the milestone markers, all placed by step along the slider's length.
import type { Deps } from '../context';
import { h, replaceChildren } from '../dom';
import { dateText, namesMode, t } from '../i18n';
import { snapDate } from '../lib/dates';
import { labelIn } from '../lib/labels';
import { isDated, type DatedMilestone } from '../lib/temporal';
import { stepsBetween, type TimeUnit } from '../lib/time-unit';
import { stepText } from './time-text';

/** The most tick labels the track shows at each unit (a day's label is longer than a year's). */
const MAX_TICKS: Record<TimeUnit, number> = { year: 9, month: 8, week: 5, day: 5 };

/** The parts of the track that follow the unit and the language. */
export interface TimeTrack {
  histogram: HTMLElement;
  ticks: HTMLElement;
  markers: HTMLElement;
  /** Redraws the three parts for `unit`. */
  paint(unit: TimeUnit): void;
}

/** Builds the track's parts; `paint` draws them. */
export function timeTrack(deps: Pick<Deps, 'data' | 'store'>): TimeTrack {
  const { data, store } = deps;
  const histogram = h('div', { class: 'tl-histogram', 'aria-hidden': 'true' });
  const markers = h('div', { class: 'tl-markers' });
  const ticks = h('div', { class: 'tl-ticks', 'aria-hidden': 'true' });

  const paint = (unit: TimeUnit) => {
    const { first, last } = data.time();
    const span = Math.max(1, stepsBetween(first, last, unit));
    const left = (date: string) => `${(Math.min(span, Math.max(0, stepsBetween(first, date, unit))) / span) * 100}%`;
    replaceChildren(histogram, ...bars(unit, left, `min(10px, ${80 / (span + 1)}%)`));
    const steps = data.stepCounts(unit);
    const every = Math.max(1, Math.ceil(steps.length / MAX_TICKS[unit]));
    const tickPrecision = unit === 'week' ? 'day' : unit;
    replaceChildren(
      ticks,
      ...steps.filter((_, i) => i % every === 0).map((s) => h('span', { style: `left:${left(s.at)}` }, dateText(s.at, tickPrecision))),
    );
    replaceChildren(markers, ...data.timeline.milestones.filter(isDated).map((m) => marker(m, unit, left)));
  };

  function bars(unit: TimeUnit, left: (date: string) => string, width: string): HTMLElement[] {
    const counts =
      unit === 'year'
        ? data.timeline.years.map((y) => ({ ...y, at: `${y.year}-12-31`, title: t('timeline.bar', { ...y }) }))
        : data.stepCounts(unit).map((s) => ({ ...s, title: t('timeline.stepBar', { ...s, period: stepText(s.at, unit) }) }));
    const maxCount = Math.max(1, ...counts.map((c) => c.began + c.ended));
    return counts.map((c) =>
      h(
        'div',
        { class: 'tl-bar', style: `left:${left(c.at)};width:${width}`, title: c.title },
        h('span', { class: 'tl-bar-ended', style: `height:${(c.ended / maxCount) * 100}%` }),
        h('span', { class: 'tl-bar-began', style: `height:${(c.began / maxCount) * 100}%` }),
      ),
    );
  }

  function marker(m: DatedMilestone, unit: TimeUnit, left: (date: string) => string): HTMLElement {
    const title = `${dateText(m.date, m.datePrecision)} · ${labelIn(m.title, m.titleZh, namesMode())}`;
    return h('button', {
      type: 'button',
      class: 'tl-marker',
      style: `left:${left(m.date)}`,
      title,
      'aria-label': t('timeline.milestone', { title }),
      onclick: () => store.update({ at: snapDate(m.date, store.get().precision), tab: 'changes' }),
    });
  }

  return { histogram, ticks, markers, paint };
}
