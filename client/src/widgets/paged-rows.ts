// Rows built a page at a time: a long list (a comparison's group, the change log, a hub's relationships) makes only
// the rows shown, and its "show n more" button adds the next page and says how many are shown of how many.
import { replaceChildren } from '../dom';
import { countText, t } from '../i18n';

export interface PagedRowsOptions<T> {
  /** Rows made per page. */
  page: number;
  build: (item: T) => HTMLElement;
  /** Puts a page's rows where they go (after the rows before them). */
  place: (rows: HTMLElement[]) => void;
  /** The button that asks for the next page (its click is the caller's to wire to `next`), hidden once all are shown. */
  more: HTMLElement;
  /** Its text: "{n} more, {shown} of {total} shown". */
  moreKey: 'changes.showMore' | 'details.showMore';
}

/** Shows `items` a page at a time; nothing is built until `next` is called. */
export function pagedRows<T>(items: readonly T[], options: PagedRowsOptions<T>): { next(): void; shown(): number } {
  const { page, build, place, more, moreKey } = options;
  let shown = 0;
  const next = () => {
    const rows = items.slice(shown, shown + page).map(build);
    shown += rows.length;
    place(rows);
    more.hidden = shown >= items.length;
    const counts = { n: countText(Math.min(page, items.length - shown)), shown: countText(shown), total: countText(items.length) };
    replaceChildren(more, t(moreKey, counts));
  };
  return { next, shown: () => shown };
}
