// The "disputed" marker: when the sources disagree on a relationship's start or end, a badge shows both dates ("disputed:
// 2021-09-17 or 2021-11-29"), the kept one first. Details puts it beside the dates; the change log beside the change.
import { h } from '../dom';
import { dateText, t } from '../i18n';
import type { Edge } from '../types';

type Disputable = Pick<Edge, 'since' | 'until' | 'sincePrecision' | 'untilPrecision' | 'disputed'>;

/** The precision a partial date's form gives ("2021" year, "2021-11" month, else day). */
const precisionOf = (value: string) => (/^\d{4}$/.test(value) ? 'year' : /^\d{4}-\d{2}$/.test(value) ? 'month' : 'day');

/** The badge for a disputed start or end (only `field`'s, when given); null when that date is not disputed. */
export function disputeMark(edge: Disputable, field?: 'since' | 'until'): HTMLElement | null {
  const disputed = edge.disputed;
  if (!disputed?.value || (disputed.field !== 'since' && disputed.field !== 'until')) return null;
  if (field && disputed.field !== field) return null;
  const keptDate = disputed.field === 'since' ? edge.since : edge.until;
  if (!keptDate) return null;
  const kept = dateText(keptDate, disputed.field === 'since' ? edge.sincePrecision : edge.untilPrecision);
  const other = dateText(disputed.value, precisionOf(disputed.value));
  return h(
    'span',
    { class: 'badge badge-disputed', title: t('edge.disputedTitle', { kept, other }) },
    t('edge.disputedDates', { kept, other }),
  );
}
