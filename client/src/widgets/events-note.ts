// The note beside the time controls when the data are events (a start, no end) shown in a moving window: it says why,
// why the page opened on the period it shows (lib/opening.ts), offers "go to the latest" and "As of" in one click, and
// can be dismissed for the rest of the visit.
import type { Deps } from '../context';
import { h, replaceChildren } from '../dom';
import { countText, msg, t } from '../i18n';
import { snapDate } from '../lib/dates';
import { lengthText, stepText } from './time-text';

/** The note's element; it shows itself while the data are events and the view is a window. */
export function eventsNote(deps: Pick<Deps, 'data' | 'store'>): HTMLElement {
  const { data, store } = deps;
  let dismissed = false;
  const text = h('span', { class: 'tl-note-text' });
  const why = h('span', { class: 'tl-note-text', id: 'events-opening' });
  const latestAt = () => snapDate(data.time().last, store.get().precision);
  const latest = h(
    'button',
    { type: 'button', class: 'link', id: 'events-latest', onclick: () => store.update({ at: latestAt() }) },
    msg('events.goLatest'),
  );
  const note = h(
    'div',
    { class: 'tl-note', id: 'events-note', role: 'note' },
    text,
    why,
    latest,
    h(
      'button',
      { type: 'button', class: 'link', id: 'events-as-of', onclick: () => store.update({ mode: 'asof' }) },
      msg('events.showAsOf'),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'tl-note-close',
        'aria-label': msg('events.dismiss'),
        title: msg('events.dismiss'),
        onclick: () => {
          dismissed = true;
          sync();
        },
      },
      '×',
    ),
  );
  const sync = () => {
    const state = store.get();
    note.hidden = dismissed || !data.time().events || state.mode !== 'window';
    if (note.hidden) return;
    replaceChildren(text, t('events.note', { length: lengthText(state.windowYears, state.precision) }));
    const opening = data.time().opening;
    const atOpening = opening?.reason === 'median' && state.at !== null && snapDate(opening.at, state.precision) === state.at;
    why.hidden = !atOpening;
    if (atOpening && opening)
      replaceChildren(
        why,
        t('events.opening', {
          period: stepText(state.at!, state.precision),
          n: countText(opening.activity),
          median: countText(opening.median),
          last: countText(opening.lastActivity),
        }),
      );
    latest.hidden = state.at === latestAt();
  };
  store.subscribe(sync);
  sync();
  return note;
}
