// The page header's dataset text: the title, subtitle and description /api/timeline gives for the data (DatasetInfo),
// in the interface language (falling back to English), also as the document title and the meta description.
import type { DatasetInfo } from '../../../contract/presentation';
import type { Deps } from '../context';
import { currentLang } from '../i18n';
import { textIn } from '../lib/labels';

/** The product name beside the dataset's title in the document title. */
const PRODUCT = { en: 'Hulian 互联', zh: '互联 Hulian' } as const;

/** Fills `#dataset-title` and `#dataset-subtitle` and the document's title and description, now and on every language change. */
export function setUpPageHeader(root: Document, deps: Pick<Deps, 'store' | 'data'>): void {
  const dataset: DatasetInfo | undefined = deps.data.timeline.dataset;
  const titleElement = root.getElementById('dataset-title');
  const subtitle = root.getElementById('dataset-subtitle');
  const render = () => {
    const lang = currentLang();
    // A dataset titled "Hulian" (the product's name, also given to data without a title of its own) shows no second title.
    const ownTitle = dataset?.title.trim().toLowerCase() !== 'hulian';
    const shown = {
      title: ownTitle ? textIn(dataset?.title, dataset?.titleZh, lang) : null,
      subtitle: textIn(dataset?.subtitle, dataset?.subtitleZh, lang),
      description: textIn(dataset?.description, dataset?.descriptionZh, lang),
    };
    const langOf = (english: string | null | undefined, text: string | null) => (text !== null && text === english?.trim() ? 'en' : 'zh');
    if (titleElement) fill(titleElement, shown.title, langOf(dataset?.title, shown.title), shown.description);
    if (subtitle) fill(subtitle, shown.subtitle, langOf(dataset?.subtitle, shown.subtitle), shown.description);
    root.title = shown.title ? `${shown.title} · ${PRODUCT[lang]}` : root.title;
    const meta = root.querySelector('meta[name="description"]');
    if (meta && shown.description) meta.setAttribute('content', shown.description);
  };
  render();
  deps.store.subscribe((state, previous) => {
    if (state.lang !== previous.lang) render();
  });
}

/** Shows `text` in `element` (hidden when there is none), marked with the language it is written in. */
function fill(element: HTMLElement, text: string | null, lang: 'en' | 'zh', description: string | null): void {
  element.textContent = text ?? '';
  element.hidden = !text;
  element.lang = lang;
  if (description) element.title = description;
  else element.removeAttribute('title');
}
