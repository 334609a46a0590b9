// One group of a comparison (added, ended or persisted): its count at once, its list of relationships only once the
// group is opened and then a page at a time, so comparing two years of a large network builds no rows nobody reads.
import type { Deps } from '../context';
import { h } from '../dom';
import { t } from '../i18n';
import { pagedRows } from './paged-rows';

/** Groups with fewer relationships than this (but persisted) open at once. */
const OPEN_BELOW = 25;
/** Rows built per page once a group is open. */
const PAGE = 200;

/** The group of `kind` listing the relationships `ids` (API ids); `total` is its count when the list holds only the top
 * of it (a server comparison). */
export function compareGroup(
  kind: 'added' | 'ended' | 'persisted',
  ids: readonly string[],
  total: number,
  deps: Pick<Deps, 'data' | 'graph'>,
): HTMLElement {
  const { data, graph } = deps;
  const list = h('ul', {});
  const more = h('button', { type: 'button', class: 'link cmp-more', hidden: true });
  const row = (id: string) => {
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
  };
  const rows = pagedRows(ids, { page: PAGE, build: row, place: (next) => list.append(...next), more, moreKey: 'changes.showMore' });
  more.addEventListener('click', rows.next);
  const group = h(
    'details',
    { class: `cmp-group cmp-${kind}`, open: kind !== 'persisted' && ids.length < OPEN_BELOW },
    h(
      'summary',
      {},
      h('span', { class: `swatch swatch-${kind}` }),
      `${t(`compare.${kind}`)} `,
      h('strong', { 'data-count': kind }, String(total)),
    ),
    list,
    more,
  );
  if (group.open) rows.next();
  else group.addEventListener('toggle', () => group.open && !rows.shown() && rows.next());
  return group;
}
