// The one labelling rule for bilingual names (entities, relationship types, milestones): the Chinese name when asked
// for and known, else the English one; "both" gives "Taobao 淘宝". The API sends null where no Chinese name is known.
import type { Lang } from './view-state';

/** `name` in `lang`: `nameZh` for 'zh' when known, else `name`; 'both' gives "name nameZh" when they differ. */
export function labelIn(name: string, nameZh: string | null, lang: Lang | 'both'): string {
  if (lang === 'en' || !nameZh || nameZh === name) return name;
  return lang === 'zh' ? nameZh : `${name} ${nameZh}`;
}
