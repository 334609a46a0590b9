// The change log: the step's (or window's) changes with date, type, note and sources, in step with
// the slider. Clicking a change focuses it in the graph. It is also the text alternative to the animation.
import type { Deps } from '../context';
import { h, idleOnce, replaceChildren, statusLine } from '../dom';
import { formatDate, yearEnd } from '../lib/dates';
import { labelIn } from '../lib/labels';
import { changesBetween, milestonesBetween, periodStart, type Change, type DatedMilestone } from '../lib/temporal';
import type { Edge } from '../types';
import { snapshotFor } from '../view-sync';
import { sourceList } from './sources';

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
    const focus = () => { graph.focus([], [edge.id]); store.update({ selection: edge.source }); };
    return h('li', { class: `change change-${change.kind}` },
      h('button', { type: 'button', class: 'change-head', onclick: focus, 'data-edge': edge.id },
        h('time', { datetime: change.date }, formatDate(change.date, precision)),
        h('span', { class: `badge badge-${change.kind}` }, change.kind === 'began' ? 'began' : 'ended'),
        h('span', { class: 'change-text' }, `${data.bothNames(edge.source)} → ${data.typeLabel(edge.type)} → ${data.bothNames(edge.target)}`)),
      edge.note ? h('p', { class: 'note' }, edge.note) : null,
      edge.disputed ? h('p', { class: 'note disputed' }, `Disputed ${edge.disputed.field}: ${edge.disputed.value} — ${edge.disputed.note}`) : null,
      sourceList(data, edge.sources));
  };
  const milestoneItem = (m: DatedMilestone) => h('li', { class: 'change change-milestone' },
    h('button', { type: 'button', class: 'change-head', onclick: () => graph.focus(m.concerns) },
      h('time', { datetime: m.date }, formatDate(m.date, m.datePrecision)),
      h('span', { class: 'badge badge-milestone' }, 'milestone'),
      h('span', { class: 'change-text' }, labelIn(m.title, m.titleZh, 'both'))),
    m.note ? h('p', { class: 'note' }, m.note) : null,
    sourceList(data, m.sources));

  const render = () => {
    const state = store.get();
    const at = state.at ?? yearEnd(data.timeline.range.to);
    const after = periodStart(at, state);
    const changes = changesBetween(data.timeline.edges, after, at);
    const milestones = milestonesBetween(data.timeline.milestones, after, at);
    const shown = snapshotFor(deps, state);
    const inForce = [...shown.edges.values()].filter((s) => s !== 'ended').length;
    const began = changes.filter((c) => c.kind === 'began').length;
    const period = state.mode === 'window' ? `the ${state.windowYears} years to ${formatDate(at)}`
      : state.precision === 'year' ? formatDate(at, 'year') : formatDate(at, 'month');
    replaceChildren(summary, h('strong', {}, period), ` · ${began} began · ${changes.length - began} ended`,
      state.mode === 'asof' ? ` · ${inForce} in force` : '');
    const items = [...milestones.map((m) => ({ date: m.date, el: () => milestoneItem(m) })),
      ...changes.map((c) => ({ date: c.date, el: () => changeItem(c) }))].sort((a, b) => a.date.localeCompare(b.date));
    const more = items.length - MAX_ITEMS;
    if (items.length) {
      replaceChildren(list, ...items.slice(0, MAX_ITEMS).map((i) => i.el()),
        more > 0 ? h('li', { class: 'change change-more' }, `… and ${more} more changes in this period (narrow it with the month step or the filters)`) : null);
    }
    else replaceChildren(list, statusLine('empty', 'No recorded changes in this period.'));
  };
  replaceChildren(element, h('h2', { class: 'panel-title' }, 'Change log 变化'), summary, list);
  const renderWhenIdle = idleOnce(render);
  store.subscribe((s, p) => { if (s.at !== p.at || s.mode !== p.mode || s.windowYears !== p.windowYears || s.precision !== p.precision) renderWhenIdle(); });
  render();
}
