// The change log's list of entries. A period with few entries (a flagship year) is listed at once, as it always was;
// a larger one (13,000 ratings in a window) waits behind "All n changes" and is built a page at a time once opened,
// so entries cost nothing until someone reads them.
import { h, replaceChildren, statusLine } from '../dom';
import { countText, t } from '../i18n';
import { pagedRows } from './paged-rows';

/** Entries listed at once; past this the list waits to be opened. */
const OPEN_LIMIT = 300;
/** Entries built per page once the list is opened. */
const PAGE = 100;

/** An entry to list: its date (for order) and how to build it. */
export interface ListEntry {
  date: string;
  build: () => HTMLElement;
}

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
  const pagesOf = (next: readonly ListEntry[]) =>
    pagedRows(next, { page: PAGE, build: (e) => e.build(), place: (rows) => more.before(...rows), more, moreKey: 'changes.showMore' });
  let rows = pagesOf(entries);
  more.addEventListener('click', () => rows.next());
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    list.hidden = !open;
    if (open && !rows.shown()) {
      replaceChildren(list, more);
      rows.next();
    }
  });
  const fill = (next: readonly ListEntry[]) => {
    entries = next;
    rows = pagesOf(entries);
    const folded = entries.length > OPEN_LIMIT;
    toggle.hidden = !folded;
    toggle.setAttribute('aria-expanded', 'false');
    list.hidden = folded;
    if (folded) {
      replaceChildren(toggle, t('changes.all', { n: countText(entries.length) }));
      replaceChildren(list);
    } else if (entries.length) replaceChildren(list, ...entries.map((e) => e.build()));
    else replaceChildren(list, statusLine('empty', t('changes.none')));
  };
  return { element: h('div', { class: 'change-entries' }, toggle, list), fill };
}
