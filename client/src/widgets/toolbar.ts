// Header tools: the English / 中文 label toggle, Re-layout and Fit.
import type { Deps } from '../context';
import { h, replaceChildren } from '../dom';

/** Builds the view tools in `element`. */
export function setUpToolbar(element: HTMLElement, deps: Deps): void {
  const { store, graph } = deps;
  const langButton = (lang: 'en' | 'zh', label: string) => h('button', {
    type: 'button', class: 'seg', 'data-lang': lang, lang: lang === 'zh' ? 'zh' : 'en', onclick: () => store.update({ lang }),
  }, label);
  const en = langButton('en', 'English');
  const zh = langButton('zh', '中文');
  const relayout = h('button', { type: 'button', class: 'btn', id: 'relayout' }, 'Re-layout');
  relayout.addEventListener('click', async () => {
    relayout.disabled = true;
    try { await graph.layout(true); } finally { relayout.disabled = false; }
  });
  const fit = h('button', { type: 'button', class: 'btn', onclick: () => graph.fitAll() }, 'Fit');
  const sync = () => {
    en.setAttribute('aria-pressed', String(store.get().lang === 'en'));
    zh.setAttribute('aria-pressed', String(store.get().lang === 'zh'));
  };
  replaceChildren(element, h('div', { class: 'segmented', role: 'group', 'aria-label': 'Label language' }, en, zh), relayout, fit);
  store.subscribe((s, p) => { if (s.lang !== p.lang) sync(); });
  sync();
}
