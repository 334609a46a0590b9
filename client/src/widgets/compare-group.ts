// One group of a comparison (added, ended or persisted): its count at once, its list of relationships only once the
// group is opened and then a page at a time, so comparing two years of a large network builds no rows nobody reads.
import type { Deps } from '../context';
import { h, replaceChildren } from '../dom';
import { currentLang, t } from '../i18n';
import { valueText } from '../lib/labels';

/** Groups with fewer relationships than this (but persisted) open at once. */
const OPEN_BELOW = 25;
/** Rows built per page once a group is open. */
const PAGE = 200;

const n = (value: number) => valueText(value, currentLang());

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
  let shown = 0;
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
  const page = () => {
    const next = ids.slice(shown, shown + PAGE).map(row);
    shown += next.length;
    list.append(...next);
    more.hidden = shown >= ids.length;
    replaceChildren(more, t('changes.showMore', { n: n(Math.min(PAGE, ids.length - shown)), shown: n(shown), total: n(ids.length) }));
  };
  more.addEventListener('click', page);
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
  if (group.open) page();
  else group.addEventListener('toggle', () => group.open && !shown && page());
  return group;
}
