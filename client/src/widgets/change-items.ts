// One entry of the change log: a relationship that began or ended (date, badges, both ends, its facts, properties, notes
// and sources; clicking focuses it in the graph) or a milestone. A date that is only a bound ("by") carries its own
// badge, a disputed one the dispute marker (dispute-mark.ts); "inferred" opens to say how.
import type { Deps } from '../context';
import { dataText, h } from '../dom';
import { dateText, namesMode, t } from '../i18n';
import { labelIn, notesIn } from '../lib/labels';
import type { Change, DatedMilestone } from '../lib/temporal';
import type { Edge } from '../types';
import { disputeMark } from './dispute-mark';
import { byBadge, edgeFacts, edgeNotes, edgeProps, inferredMark } from './edge-facts';
import { sourceList } from './sources';

type ItemDeps = Pick<Deps, 'store' | 'data' | 'graph'>;

/** The entry of a relationship that began or ended. */
export function changeItem(change: Change<Edge>, { store, data, graph }: ItemDeps): HTMLElement {
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
      h('span', { class: 'change-text' }, `${data.nodeLabel(edge.source)} → ${data.typeLabel(edge.type)} → ${data.nodeLabel(edge.target)}`),
    ),
    edgeFacts(edge),
    edgeProps(edge),
    ...edgeNotes(edge),
    sourceList(data, edge.sources),
  );
}

/** The entry of a milestone; clicking focuses what it concerns. */
export function milestoneItem(m: DatedMilestone, { data, graph }: ItemDeps): HTMLElement {
  return h(
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
}
