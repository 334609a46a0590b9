// The change log: the step's (or window's) changes with date, type, scope, notes and sources, in step with the
// slider and the interface language. Clicking a change focuses it in the graph. It is also the text alternative to
// the animation. A date that is only a bound ("by") carries its own badge; "inferred" opens to say how.
import type { Deps } from '../context';
import { dataText, h, idleOnce, replaceChildren, statusLine } from '../dom';
import { dateText, msg, namesMode, t } from '../i18n';
import { snapDate } from '../lib/dates';
import { labelIn, notesIn } from '../lib/labels';
import { changesBetween, milestonesBetween, periodStart, type Change, type DatedMilestone } from '../lib/temporal';
import type { Edge } from '../types';
import { snapshotFor } from '../view-sync';
import { disputeMark } from './dispute-mark';
import { byBadge, edgeFacts, edgeNotes, edgeProps, inferredMark } from './edge-facts';
import { sourceList } from './sources';
import { lengthText, stepText } from './time-text';

/** Large networks change by thousands a year; the list shows the first ones and counts the rest. */
const MAX_ITEMS = 300;

/** Builds the change-log panel in `element`. */
export function setUpChangeLog(element: HTMLElement, deps: Deps): void {
  const { store, data, graph } = deps;
  const summary = h('p', { class: 'summary', 'aria-live': 'polite', id: 'change-summary' });
  const list = h('ol', { class: 'change-list', id: 'change-list' });

  const changeItem = (change: Change<Edge>) => {
    const { edge } = change;
    const precision = change.kind === 'began' ? edge.sincePrecision : edge.untilPrecision;
    const uncertain = change.kind === 'began' ? edge.sinceQualifier === 'by' : edge.untilQualifier === 'by';
    const focus = () => {
      graph.focus([], [edge.id]);
      store.update({ selection: edge.source });
    };
    return h(
      'li',
      { class: `change change-${change.kind}${uncertain ? ' change-uncertain' : ''}` },
      h(
        'button',
        { type: 'button', class: 'change-head', onclick: focus, 'data-edge': edge.id },
        h('time', { datetime: change.date }, dateText(change.date, precision)),
        h('span', { class: `badge badge-${change.kind}` }, t(change.kind === 'began' ? 'changes.began' : 'changes.ended')),
        uncertain ? byBadge() : null,
        disputeMark(edge, change.kind === 'began' ? 'since' : 'until'),
        h(
          'span',
          { class: 'change-text' },
          `${data.nodeLabel(edge.source)} → ${data.typeLabel(edge.type)} → ${data.nodeLabel(edge.target)}`,
        ),
      ),
      edgeFacts(edge),
      edgeProps(edge),
      ...edgeNotes(edge),
      sourceList(data, edge.sources),
    );
  };
  const milestoneItem = (m: DatedMilestone) =>
    h(
      'li',
      { class: 'change change-milestone' },
      h(
        'button',
        { type: 'button', class: 'change-head', onclick: () => graph.focus(m.concerns) },
        h('time', { datetime: m.date }, dateText(m.date, m.datePrecision)),
        h('span', { class: 'badge badge-milestone' }, t('changes.milestone')),
        h('span', { class: 'change-text' }, labelIn(m.title, m.titleZh, namesMode())),
      ),
      inferredMark(m.inferred),
      ...notesIn(m.note, m.noteZh, namesMode()).map((n) => dataText(n.text, n.lang, 'p', n.lang === 'zh' ? 'note note-zh' : 'note')),
      sourceList(data, m.sources),
    );

  const render = () => {
    const state = store.get();
    const at = state.at ?? snapDate(data.time().last, state.precision);
    const after = periodStart(at, state);
    const changes = changesBetween(data.timeline.edges, after, at);
    const milestones = milestonesBetween(data.timeline.milestones, after, at);
    const shown = snapshotFor(deps, state);
    const inForce = [...shown.edges.values()].filter((s) => s !== 'ended').length;
    const began = changes.filter((c) => c.kind === 'began').length;
    const period =
      state.mode === 'window'
        ? t('changes.windowPeriod', { length: lengthText(state.windowYears, state.precision), date: dateText(at) })
        : stepText(at, state.precision);
    const counts = [
      t('changes.countBegan', { n: began }),
      t('changes.countEnded', { n: changes.length - began }),
      state.mode === 'asof' ? t('changes.countInForce', { n: inForce }) : null,
    ].filter(Boolean);
    replaceChildren(summary, h('strong', {}, period), ` · ${counts.join(' · ')}`);
    const items = [
      ...milestones.map((m) => ({ date: m.date, el: () => milestoneItem(m) })),
      ...changes.map((c) => ({ date: c.date, el: () => changeItem(c) })),
    ].sort((a, b) => a.date.localeCompare(b.date));
    const more = items.length - MAX_ITEMS;
    if (items.length) {
      replaceChildren(
        list,
        ...items.slice(0, MAX_ITEMS).map((i) => i.el()),
        more > 0 ? h('li', { class: 'change change-more' }, t('changes.more', { n: more })) : null,
      );
    } else replaceChildren(list, statusLine('empty', t('changes.none')));
  };
  replaceChildren(element, h('h2', { class: 'panel-title' }, msg('changes.title')), summary, list);
  const renderWhenIdle = idleOnce(render);
  store.subscribe((s, p) => {
    if (s.at !== p.at || s.mode !== p.mode || s.windowYears !== p.windowYears || s.precision !== p.precision || s.lang !== p.lang)
      renderWhenIdle();
  });
  render();
}
