// Renders source references (provenance): the source's title once, in its own language, with the English translation
// only when the interface is English, the source is not, and the translation is different text; linked where it has a URL.
import type { TimelineData } from '../data';
import { dataText, h } from '../dom';
import { currentLang, msg } from '../i18n';
import type { Source, SourceRef } from '../types';

/** The translation to print beside a source's title in the current interface language, or null. */
function titleTranslation(source: Pick<Source, 'title' | 'titleEn' | 'language'>): string | null {
  const lang = currentLang();
  if (source.language.startsWith(lang) || lang !== 'en') return null;
  const translation = source.titleEn?.trim();
  return translation && translation !== source.title.trim() ? translation : null;
}

/** A compact list of sources: "Title (translation) · publisher, date — line 15", linked when the source has a URL. */
export function sourceList(data: TimelineData, refs: SourceRef[]): HTMLElement | null {
  if (!refs.length) return null;
  return h(
    'ul',
    { class: 'sources', 'aria-label': msg('sources.label') },
    ...refs.map((ref) => {
      const source = data.sources.get(ref.id);
      if (!source) return h('li', {}, dataText(ref.id));
      const translation = titleTranslation(source);
      const label = h(
        'span',
        { class: 'source-title' },
        dataText(source.title, source.language),
        translation ? dataText(` (${translation})`, 'en', 'span', 'source-translation') : null,
      );
      const content = source.url ? h('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer' }, label) : label;
      const meta = [source.publisher, source.date].filter(Boolean).join(', ');
      return h(
        'li',
        {},
        content,
        meta ? h('span', { class: 'muted' }, ' · ', dataText(meta)) : null,
        ref.pointer ? h('span', { class: 'source-pointer' }, ' — ', dataText(ref.pointer, 'en')) : null,
      );
    }),
  );
}
