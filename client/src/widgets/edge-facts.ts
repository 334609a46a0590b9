// What the audit says about a relationship, for Details, the change log and the graph's tooltips: where it holds
// (scope), which dates are only bounds ("by"), which fields were inferred (with the note on demand), its notes, and
// its own properties (an imported rating, weight, …) with numbers in the interface's locale.
import { SCOPES, type Scope } from '../../../contract/scopes';
import { dataText, h } from '../dom';
import { currentLang, dateText, isMessageKey, msg, namesMode, t } from '../i18n';
import { notesIn, propEntries } from '../lib/labels';
import type { Edge } from '../types';

type Audited = Pick<
  Edge,
  | 'since'
  | 'until'
  | 'sincePrecision'
  | 'untilPrecision'
  | 'sinceQualifier'
  | 'untilQualifier'
  | 'scope'
  | 'inferred'
  | 'note'
  | 'noteZh'
  | 'disputed'
  | 'status'
  | 'props'
>;

/** "in private chats only" / "仅限私聊"; "some users only" / "仅部分用户". */
function scopeText(scope: Scope): string {
  const { label, labelZh } = SCOPES[scope];
  const name = currentLang() === 'zh' ? labelZh : label;
  return scope === 'some-users' ? name : t('edge.scopeOnly', { scope: name });
}

/** A field name ("since", "direction") in the interface language, the raw name when the catalogue lacks it. */
const fieldText = (field: string) => {
  const key = `field.${field}`;
  return isMessageKey(key) ? t(key) : field;
};

/** A status slug ("scan-to-pay") in the interface language, or null when the catalogue lacks it. */
const statusText = (status: string) => {
  const key = `status.${status}`;
  return isMessageKey(key) ? t(key) : null;
};

/** The start as shown: its date, "by" its date, or "start date not stated". */
export function startText(edge: Audited): string {
  if (edge.sinceQualifier === 'unstated') return t('edge.startUnstated');
  const date = dateText(edge.since, edge.sincePrecision);
  return edge.sinceQualifier === 'by' ? t('edge.byDate', { date }) : date;
}

/** The end as shown: its date, "by" its date, or "now". */
export function endText(edge: Audited): string {
  if (!edge.until) return t('details.now');
  const date = dateText(edge.until, edge.untilPrecision);
  return edge.untilQualifier === 'by' ? t('edge.byDate', { date }) : date;
}

/** The sentences for uncertain dates: "began by 2019 (date unknown)", "ended by 2024-09 (date unknown)". */
function uncertainDates(edge: Audited): string[] {
  return [
    edge.sinceQualifier === 'by' ? t('edge.beganBy', { date: dateText(edge.since, edge.sincePrecision) }) : null,
    edge.untilQualifier === 'by' && edge.until ? t('edge.endedBy', { date: dateText(edge.until, edge.untilPrecision) }) : null,
  ].filter((s): s is string => s !== null);
}

/** The "by" / "不晚于" badge drawn on a change whose date is only a bound. */
export const byBadge = () => h('span', { class: 'badge badge-by', title: msg('edge.byTitle') }, msg('edge.by'));

/** The "inferred" mark; opening it shows which fields were inferred and how (the notes are English data). */
export function inferredMark(inferred: Audited['inferred']): HTMLElement | null {
  if (!inferred?.length) return null;
  const fields = inferred.map((i) => fieldText(i.field)).join(', ');
  return h(
    'details',
    { class: 'inferred-mark' },
    h('summary', { class: 'badge badge-inferred', title: t('edge.inferredTitle', { fields }) }, msg('edge.inferred')),
    h('ul', {}, ...inferred.map((i) => h('li', {}, `${fieldText(i.field)}: `, dataText(i.note, 'en')))),
  );
}

/** A line of facts: status, scope, uncertain dates and the inferred mark; null when there are none. */
export function edgeFacts(edge: Audited): HTMLElement | null {
  const status = edge.status ? (statusText(edge.status) ?? dataText(edge.status, 'en')) : null;
  const parts = [status, edge.scope ? scopeText(edge.scope) : null, ...uncertainDates(edge)].filter((p) => p !== null);
  const mark = inferredMark(edge.inferred);
  if (!parts.length && !mark) return null;
  return h('div', { class: 'edge-facts' }, ...parts.map((part) => h('span', { class: 'fact' }, part)), mark);
}

/** The notes in the interface's mode (Chinese, English, or both), then the disputed value if any. */
export function edgeNotes(edge: Pick<Audited, 'note' | 'noteZh' | 'disputed'>): HTMLElement[] {
  const notes = notesIn(edge.note, edge.noteZh, currentLang() === 'zh' ? 'zh' : namesMode()).map((n) =>
    dataText(n.text, n.lang, 'p', n.lang === 'zh' ? 'note note-zh' : 'note'),
  );
  const { disputed } = edge;
  if (disputed) {
    notes.push(
      h(
        'p',
        { class: 'note disputed' },
        `${t('edge.disputed', { field: fieldText(disputed.field) })} `,
        dataText([disputed.value, disputed.note].filter(Boolean).join(' — '), 'en'),
      ),
    );
  }
  return notes;
}

/** The relationship's own properties as "rating 7 · verified yes" items (keys and values are data); null when none. */
export function edgeProps(edge: Pick<Audited, 'props'>): HTMLElement | null {
  const entries = propEntries(edge.props, currentLang());
  if (!entries.length) return null;
  return h(
    'ul',
    { class: 'edge-props', 'aria-label': msg('props.label') },
    ...entries.map(([key, value]) => h('li', { class: 'prop', translate: 'no' }, h('span', { class: 'prop-key' }, key), ' ', value)),
  );
}

/** One line for a graph tooltip: "A → accepts payment from → B · 2021-09 – now · in private chats only · rating 7". */
export function edgeSummary(edge: Audited, from: string, type: string, to: string): string {
  const scope = edge.scope ? ` · ${scopeText(edge.scope)}` : '';
  const marks = edge.inferred?.length ? ` · ${t('edge.inferred')}` : '';
  const props = propEntries(edge.props, currentLang()).map(([key, value]) => ` · ${key} ${value}`);
  return `${from} → ${type} → ${to} · ${startText(edge)} – ${endText(edge)}${scope}${marks}${props.join('')}`;
}
