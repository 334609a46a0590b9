// Header tools: the English / 中文 interface language switch (each name in its own language), Re-layout and Fit.
import type { Deps } from '../context';
import { h, replaceChildren } from '../dom';
import { msg } from '../i18n';

/** Builds the view tools in `element`. */
export function setUpToolbar(element: HTMLElement, deps: Deps): void {
  const { store, graph } = deps;
  const langButton = (lang: 'en' | 'zh', label: string) =>
    h(
      'button',
      {
        type: 'button',
        class: 'seg',
        'data-lang': lang,
        lang: lang === 'zh' ? 'zh-Hans' : 'en',
        translate: 'no',
        onclick: () => store.update({ lang }),
      },
      label,
    );
  const en = langButton('en', 'English');
  const zh = langButton('zh', '中文');
  const relayout = h('button', { type: 'button', class: 'btn', id: 'relayout' }, msg('toolbar.relayout'));
  relayout.addEventListener('click', async () => {
    relayout.disabled = true;
    try {
      await graph.layout(true);
    } finally {
      relayout.disabled = false;
    }
  });
  const fit = h('button', { type: 'button', class: 'btn', onclick: () => graph.fitAll() }, msg('toolbar.fit'));
  const sync = () => {
    en.setAttribute('aria-pressed', String(store.get().lang === 'en'));
    zh.setAttribute('aria-pressed', String(store.get().lang === 'zh'));
  };
  replaceChildren(element, h('div', { class: 'segmented', role: 'group', 'aria-label': msg('toolbar.language') }, en, zh), relayout, fit);
  store.subscribe((s, p) => {
    if (s.lang !== p.lang) sync();
  });
  sync();
}
