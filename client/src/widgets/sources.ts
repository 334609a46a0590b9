// Renders source references (provenance): the source's title and pointer, linked where it has a URL.
import type { TimelineData } from '../data';
import { h } from '../dom';
import type { SourceRef } from '../types';

/** A compact list of sources: "Title (publisher, date) — line 15", linked when the source has a URL. */
export function sourceList(data: TimelineData, refs: SourceRef[]): HTMLElement | null {
  if (!refs.length) return null;
  return h('ul', { class: 'sources', 'aria-label': 'Sources' }, ...refs.map((ref) => {
    const source = data.sources.get(ref.id);
    const title = source ? (source.titleEn ? `${source.title} (${source.titleEn})` : source.title) : ref.id;
    const meta = source ? [source.publisher, source.date].filter(Boolean).join(', ') : '';
    const label = h('span', { class: 'source-title' }, title);
    const content = source?.url ? h('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer' }, label) : label;
    return h('li', {}, content, meta ? h('span', { class: 'muted' }, ` · ${meta}`) : null,
      ref.pointer ? h('span', { class: 'source-pointer' }, ` — ${ref.pointer}`) : null);
  }));
}
