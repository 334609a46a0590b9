// The timeline bar: the date slider stepping by the current unit (years, months, weeks or days), the track (histogram,
// ticks, milestones), the "As of" / "Window" mode with the window's length, the unit control, and the events note.
import type { Deps } from '../context';
import { h, replaceChildren } from '../dom';
import { msg, t } from '../i18n';
import { snapDate } from '../lib/dates';
import { convertLength, isTimeUnit, shiftDate, stepsBetween, type TimeUnit } from '../lib/time-unit';
import { eventsNote } from './events-note';
import { timeTrack } from './time-track';
import { lengthText, stepText } from './time-text';

/** Builds the timeline bar inside `element`. */
export function setUpTimelineBar(element: HTMLElement, deps: Deps): void {
  const { store, data } = deps;
  const profile = data.time();
  /** The first and last step ends of the data at `unit`. */
  const bounds = (unit: TimeUnit) => ({ first: snapDate(profile.first, unit), last: snapDate(profile.last, unit) });
  const clampTo = (date: string, unit: TimeUnit) => {
    const { first, last } = bounds(unit);
    return date < first ? first : date > last ? last : date;
  };

  const slider = h('input', { type: 'range', id: 'date-slider', 'aria-label': msg('timeline.dateShown'), class: 'tl-slider' });
  const dateLabel = h('output', { class: 'tl-date', for: 'date-slider', 'aria-live': 'polite' });
  const unitSelect = h('select', { 'aria-label': msg('timeline.precision'), id: 'precision' });
  const mode = h(
    'select',
    { 'aria-label': msg('timeline.mode'), id: 'mode' },
    h('option', { value: 'asof' }, msg('timeline.asOf')),
    h('option', { value: 'window' }, msg('timeline.window')),
  );
  const windowLength = h('input', {
    type: 'number',
    min: 1,
    id: 'window-years',
    'aria-label': msg('timeline.windowLength'),
    class: 'tl-window',
  });
  const windowUnits = h('span', { class: 'tl-window-units' });
  const windowLabel = h('label', { for: 'window-years', class: 'tl-window-label' }, msg('timeline.last'), windowLength, windowUnits);
  const track = timeTrack(deps);
  let paintedUnit: TimeUnit | null = null;
  let paintedLang = store.get().lang;

  /** The units offered: those that suit the data's span, and the one a link asked for. */
  const paintUnits = (current: TimeUnit) => {
    const units = profile.units.includes(current) ? profile.units : [...profile.units, current];
    replaceChildren(unitSelect, ...units.map((unit) => h('option', { value: unit }, msg(`unit.${unit}`))));
  };

  const sync = () => {
    const state = store.get();
    const unit = state.precision;
    const { first, last } = bounds(unit);
    const at = state.at ?? last;
    if (unit !== paintedUnit || state.lang !== paintedLang) {
      paintUnits(unit);
      track.paint(unit);
      [paintedUnit, paintedLang] = [unit, state.lang];
    }
    slider.min = '0';
    slider.max = String(stepsBetween(first, last, unit));
    slider.step = '1';
    slider.value = String(stepsBetween(first, at, unit));
    slider.setAttribute('aria-valuetext', stepText(snapDate(at, unit), unit));
    const length = lengthText(state.windowYears, unit);
    replaceChildren(
      dateLabel,
      h('span', { class: 'tl-date-mode' }, state.mode === 'asof' ? t('timeline.asOf') : t('timeline.windowTo', { length })),
      h('strong', {}, stepText(snapDate(at, unit), unit)),
    );
    unitSelect.value = unit;
    mode.value = state.mode;
    windowLength.max = String(stepsBetween(first, last, unit) + 1);
    windowLength.value = String(state.windowYears);
    windowUnits.textContent = t(`units.${unit}`, { n: state.windowYears });
    windowLabel.hidden = state.mode !== 'window';
  };

  slider.addEventListener('input', () => {
    const unit = store.get().precision;
    store.update({ at: shiftDate(bounds(unit).first, unit, Number(slider.value)) });
  });
  unitSelect.addEventListener('change', () => {
    const state = store.get();
    const next = isTimeUnit(unitSelect.value) ? unitSelect.value : profile.unit;
    store.update({
      precision: next,
      at: clampTo(snapDate(state.at ?? bounds(next).last, next), next),
      windowYears: convertLength(state.windowYears, state.precision, next),
    });
  });
  mode.addEventListener('change', () => store.update({ mode: mode.value === 'window' ? 'window' : 'asof' }));
  windowLength.addEventListener('change', () => {
    const n = Math.round(Number(windowLength.value));
    if (n >= 1 && n <= Number(windowLength.max)) store.update({ windowYears: n });
  });

  const trackBox = h('div', { class: 'tl-track' }, track.histogram, track.markers, slider, track.ticks);
  const controls = h('div', { class: 'tl-controls', id: 'tl-controls' }, dateLabel, mode, windowLabel, unitSelect);
  replaceChildren(element, controls, trackBox, eventsNote(deps));
  store.subscribe(sync);
  sync();
}
