// The note beside the time controls when the data are events (a start, no end) shown in a moving window: it says why,
// offers "As of" in one click, and can be dismissed for the rest of the visit.
import type { Deps } from '../context';
import { h, replaceChildren } from '../dom';
import { msg, t } from '../i18n';
import { lengthText } from './time-text';

/** The note's element; it shows itself while the data are events and the view is a window. */
export function eventsNote(deps: Pick<Deps, 'data' | 'store'>): HTMLElement {
  const { data, store } = deps;
  let dismissed = false;
  const text = h('span', { class: 'tl-note-text' });
  const note = h(
    'div',
    { class: 'tl-note', id: 'events-note', role: 'note' },
    text,
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
    if (!note.hidden) replaceChildren(text, t('events.note', { length: lengthText(state.windowYears, state.precision) }));
  };
  store.subscribe(sync);
  sync();
  return note;
}
