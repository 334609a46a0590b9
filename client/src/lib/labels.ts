// The one labelling rule for bilingual names (entities, relationship types, milestones): the Chinese name when asked
// for and known, else the English one; "both" gives "Taobao 淘宝". The API sends null where no Chinese name is known.
import type { Lang } from './view-state';

/** `name` in `lang`: `nameZh` for 'zh' when known, else `name`; 'both' gives "name nameZh" when they differ. */
export function labelIn(name: string, nameZh: string | null, lang: Lang | 'both'): string {
  if (lang === 'en' || !nameZh || nameZh === name) return name;
  return lang === 'zh' ? nameZh : `${name} ${nameZh}`;
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
