// The notice on the graph when the level of detail leaves relationships out: "Showing 4,000 of 41,473 relationships —
// show more · show all". Show more doubles the budget; show all draws everything. Hidden while everything is drawn.
import type { Deps } from '../context';
import { h, replaceChildren } from '../dom';
import { currentLang, msg, t } from '../i18n';

/** Builds the notice inside `graphArea` (the element holding the graph). */
export function setUpLodNotice(graphArea: HTMLElement, deps: Pick<Deps, 'graph' | 'store'>): void {
  const { graph, store } = deps;
  const text = h('span', { class: 'lod-text' });
  const more = h('button', { type: 'button', class: 'link', id: 'lod-more' }, msg('lod.more'));
  const all = h('button', { type: 'button', class: 'link', id: 'lod-all' }, msg('lod.all'));
  const notice = h(
    'div',
    { class: 'lod-notice', id: 'lod-notice', role: 'status', title: msg('lod.explain'), hidden: true },
    text,
    ' — ',
    more,
    ' · ',
    all,
  );
  graphArea.append(notice);
  let last = { shownEdges: 0, drawnEdges: 0, budget: Infinity };
  const show = () => {
    const format = (n: number) => n.toLocaleString(currentLang() === 'zh' ? 'zh-CN' : 'en');
    notice.hidden = last.drawnEdges >= last.shownEdges;
    replaceChildren(text, t('lod.notice', { drawn: format(last.drawnEdges), shown: format(last.shownEdges) }));
    notice.dataset.drawn = String(last.drawnEdges);
    notice.dataset.shown = String(last.shownEdges);
  };
  more.addEventListener('click', () => graph.setBudget(Math.max(last.budget, last.drawnEdges) * 2));
  all.addEventListener('click', () => graph.setBudget(Infinity));
  graph.onLevelOfDetail((result) => {
    last = result;
    show();
  });
  store.subscribe((s, p) => {
    if (s.lang !== p.lang) show();
  });
}
