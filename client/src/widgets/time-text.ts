// Time texts in the interface language, shared by the time bar, the change log and Compare: a step ("2021",
// "2021-09", "2021-09-13 – 2021-09-19", "2021-09-17") and a length of time ("3 weeks", "3 周").
import { dateText, t } from '../i18n';
import { addDays } from '../lib/dates';
import type { TimeUnit } from '../lib/time-unit';

/** The step of `unit` ending at `at`, written at the unit's precision (a week as its first and last day). */
export function stepText(at: string, unit: TimeUnit): string {
  if (unit === 'week') return `${dateText(addDays(at, -6))} – ${dateText(at)}`;
  return dateText(at, unit);
}

/** `count` units as words: "a month", "3 months". */
export function lengthText(count: number, unit: TimeUnit): string {
  return count === 1 ? t(`unitOne.${unit}`) : t('timeline.length', { n: count, units: t(`units.${unit}`, { n: count }) });
}
