// The change log's list of entries. A period with few entries (a flagship year) is listed at once, as it always was;
// a larger one (13,000 ratings in a window) waits behind "All n changes" and is built a page at a time once opened,
// so entries cost nothing until someone reads them.
import { h, replaceChildren, statusLine } from '../dom';
import { currentLang, t } from '../i18n';
import { valueText } from '../lib/labels';

/** Entries listed at once; past this the list waits to be opened. */
const OPEN_LIMIT = 300;
/** Entries built per page once the list is opened. */
const PAGE = 100;

/** An entry to list: its date (for order) and how to build it. */
export interface ListEntry {
  date: string;
  build: () => HTMLElement;
}

const n = (value: number) => valueText(value, currentLang());

/** The list (#change-list) with its "All n changes" toggle (#change-all); `fill` replaces the entries. */
export function changeList(): { element: HTMLElement; fill(entries: readonly ListEntry[]): void } {
  const list = h('ol', { class: 'change-list', id: 'change-list' });
  const toggle = h('button', {
    type: 'button',
    class: 'change-all',
    id: 'change-all',
    'aria-expanded': 'false',
    'aria-controls': 'change-list',
  });
  const more = h('button', { type: 'button', class: 'link change-more-button', id: 'change-more' });
  let entries: readonly ListEntry[] = [];
  let shown = 0;
  const page = () => {
    const next = entries.slice(shown, shown + PAGE).map((e) => e.build());
    shown += next.length;
    more.before(...next);
    more.hidden = shown >= entries.length;
    replaceChildren(
      more,
      t('changes.showMore', { n: n(Math.min(PAGE, entries.length - shown)), shown: n(shown), total: n(entries.length) }),
    );
  };
  more.addEventListener('click', page);
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    list.hidden = !open;
    if (open && !shown) {
      replaceChildren(list, more);
      page();
    }
  });
  const fill = (next: readonly ListEntry[]) => {
    entries = next;
    shown = 0;
    const folded = entries.length > OPEN_LIMIT;
    toggle.hidden = !folded;
    toggle.setAttribute('aria-expanded', 'false');
    list.hidden = folded;
    if (folded) {
      replaceChildren(toggle, t('changes.all', { n: n(entries.length) }));
      replaceChildren(list);
    } else if (entries.length) replaceChildren(list, ...entries.map((e) => e.build()));
    else replaceChildren(list, statusLine('empty', t('changes.none')));
  };
  return { element: h('div', { class: 'change-entries' }, toggle, list), fill };
}
