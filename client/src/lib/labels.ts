// The one labelling rule for everything the interface shows from the data: bilingual names (entities, relationship
// types, milestones, the dataset's title), notes, a relationship's own property values (numbers in the interface's
// locale), and the caption of any node the console returns. Missing values become "—" or the next best text, never
// "null". The API sends null where no Chinese name is known.
import { en } from '../i18n/en';
import { zh } from '../i18n/zh';
import type { Lang } from './view-state';

/** What stands for a missing value wherever one is shown. */
export const MISSING = '—';

/** `name` in `lang`: `nameZh` for 'zh' when known, else `name`; 'both' gives "name nameZh" when they differ. */
export function labelIn(name: string, nameZh: string | null, lang: Lang | 'both'): string {
  if (lang === 'en' || !nameZh || nameZh === name) return name;
  return lang === 'zh' ? nameZh : `${name} ${nameZh}`;
}

/** The text in `lang` of a pair where either may be missing: the Chinese one for 'zh' when known, else the English one,
 * else the Chinese one; null when both are missing or blank. */
export function textIn(text: string | null | undefined, textZh: string | null | undefined, lang: Lang): string | null {
  const english = text?.trim() || null;
  const chinese = textZh?.trim() || null;
  return (lang === 'zh' ? (chinese ?? english) : (english ?? chinese)) ?? null;
}

/** The notes to show for `mode`: the Chinese note in 'zh' (the English one when there is none), the English note in
 * 'en', both in 'both' (each once); each with the language it is written in. */
export function notesIn(
  note: string | null,
  noteZh: string | null | undefined,
  mode: Lang | 'both',
): { text: string; lang: 'en' | 'zh' }[] {
  const english = note ? [{ text: note, lang: 'en' as const }] : [];
  const chinese = noteZh && noteZh !== note ? [{ text: noteZh, lang: 'zh' as const }] : [];
  if (mode === 'en') return english;
  if (mode === 'zh') return chinese.length ? chinese : english;
  return [...english, ...chinese];
}

const numberFormats: Partial<Record<Lang, Intl.NumberFormat>> = {};
/** Numbers as the interface's locale writes them; grouped from five digits on, so years stay "2013". */
const numberFormat = (lang: Lang) =>
  (numberFormats[lang] ??= new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 6, useGrouping: 'min2' }));

/** A value from the data as text in `lang`: numbers in the locale, booleans as yes/no words, nothing as "—". */
export function valueText(value: unknown, lang: Lang): string {
  if (value === null || value === undefined || value === '') return MISSING;
  if (typeof value === 'number') return Number.isFinite(value) ? numberFormat(lang).format(value) : String(value);
  if (typeof value === 'boolean') return (lang === 'zh' ? zh : en)[value ? 'value.true' : 'value.false'];
  if (Array.isArray(value)) return value.map((item) => valueText(item, lang)).join(', ') || MISSING;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A relationship's own properties as [key, text] pairs in key order; keys are data, shown as they are. */
export function propEntries(props: Record<string, string | number | boolean> | undefined, lang: Lang): [string, string][] {
  return Object.entries(props ?? {})
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => [key, valueText(value, lang)]);
}

/** The properties tried, in order, for a node's caption after its name. */
const CAPTION_KEYS = ['title', 'label', 'id', 'type'];

/** A node id as a reader may see it: a database's element id ("4:<uuid>:145") as "#145", any other id as it is. */
export function shortId(id: string): string {
  const element = /^\d+:[0-9a-f-]{8,}:(\d+)$/i.exec(id);
  return element ? `#${element[1]}` : id;
}

/** The caption of a node the console returned: its name in `mode`, else its title, label or id, else its first text
 * property, else its first label; never "null" and never an element id. */
export function nodeCaption(properties: Record<string, unknown>, labels: readonly string[], mode: Lang | 'both'): string {
  const text = (key: string) => {
    const value = properties[key];
    return (typeof value === 'string' && value.trim()) || (typeof value === 'number' ? String(value) : null);
  };
  const name = text('name');
  const nameZh = text('nameZh');
  if (name || nameZh) return labelIn(name ?? nameZh!, nameZh, mode);
  for (const key of CAPTION_KEYS) {
    const found = text(key);
    if (found) return found;
  }
  const firstText = Object.keys(properties)
    .sort()
    .map(text)
    .find((value) => value !== null);
  return firstText ?? labels[0] ?? MISSING;
}
