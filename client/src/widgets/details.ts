// Node details: names, kind, owner, each relationship over time (scope, uncertain and disputed dates, inferred fields,
// notes, sources), milestones, and the neighbourhood's expand/collapse. Shown at once from the loaded timeline, then from
// /api/nodes/:id where that differs; rendered again when the interface language changes.
import type { Deps } from '../context';
import { dataText, h, replaceChildren, statusLine } from '../dom';
import { dateText, kindText, msg, namesMode, t } from '../i18n';
import { completeDate } from '../lib/dates';
import { labelIn, notesIn } from '../lib/labels';
import { nodeDetailFromTimeline, sameDetail } from '../lib/node-detail';
import type { Answer } from '../types';
import { disputeMark } from './dispute-mark';
import { edgeFacts, edgeNotes, edgeProps, endText, inferredMark, startText } from './edge-facts';
import { setUpNeighbourhood } from './neighbourhood';
import { errorLine } from './problem';
import { sourceList } from './sources';
import { pagedRows } from './paged-rows';

/** Relationships listed at first, and added by each "show more". */
const RELATIONSHIPS_PAGE = 100;

/** Builds the details panel in `element`; it follows the selection in the store. */
export function setUpDetails(element: HTMLElement, deps: Deps): void {
  const { store, data, api } = deps;
  const body = h('div', { class: 'details-body', id: 'details-body' });
  const neighbourhood = setUpNeighbourhood(deps);
  const { from, to } = data.timeline.range;
  const span = Math.max(1, to - from + 1);
  const pos = (date: string) =>
    Math.min(
      100,
      Math.max(0, ((Number(completeDate(date).slice(0, 4)) - from + (Number(completeDate(date).slice(5, 7)) - 1) / 12) / span) * 100),
    );
  const name = (node: { name: string; nameZh: string | null }) => labelIn(node.name, node.nameZh, namesMode());
  const selectButton = (id: string, label: string) =>
    h('button', { type: 'button', class: 'link', onclick: () => store.update({ selection: id }) }, label);

  const relationshipRow = (rel: Answer<'node'>['relationships'][number]) => {
    const start = pos(rel.since);
    const end = rel.until ? pos(rel.until) : 100;
    const dates = `${startText(rel)} – ${endText(rel)}`;
    const type = data.typeLabel(rel.type);
    return h(
      'li',
      { class: 'rel' },
      h(
        'div',
        { class: 'rel-head' },
        h('span', { class: 'rel-type' }, rel.direction === 'out' ? `→ ${type}` : `← ${type}`),
        selectButton(rel.other.id, name(rel.other)),
        h(
          'button',
          {
            type: 'button',
            class: 'link muted',
            onclick: () => deps.graph.focus([], [rel.id]),
            'aria-label': t('details.showLabel', { type, name: name(rel.other) }),
          },
          t('details.show'),
        ),
      ),
      h(
        'div',
        { class: 'rel-track', role: 'img', 'aria-label': dates },
        h('span', {
          class: `rel-span type-${rel.type}${rel.untilQualifier === 'by' ? ' rel-span-by' : ''}`,
          style: `left:${start}%;width:${Math.max(1.5, end - start)}%`,
        }),
      ),
      h('p', { class: 'rel-dates' }, dates, ' ', disputeMark(rel)),
      edgeFacts(rel),
      edgeProps(rel),
      ...edgeNotes(rel),
      sourceList(data, rel.sources),
    );
  };
  /** The relationships by start, RELATIONSHIPS_PAGE at a time: a hub's thousands cost nothing until asked for. */
  const relationshipList = (details: Answer<'node'>) => {
    const sorted = details.relationships.slice().sort((a, b) => a.since.localeCompare(b.since));
    const list = h('ul', { class: 'rels' });
    const more = h('button', { type: 'button', class: 'btn', id: 'details-more' });
    const place = (rows: HTMLElement[]) => list.append(...rows);
    const rows = pagedRows(sorted, { page: RELATIONSHIPS_PAGE, build: relationshipRow, place, more, moreKey: 'details.showMore' });
    more.addEventListener('click', rows.next);
    rows.next();
    return [list, more];
  };

  let shown: Answer<'node'> | null = null;
  const render = (details: Answer<'node'>) => {
    shown = details;
    const { node } = details;
    replaceChildren(
      body,
      h(
        'h3',
        { class: 'node-name' },
        ...(namesMode() === 'zh' && node.nameZh
          ? [node.nameZh]
          : [node.name, node.nameZh ? h('span', { class: 'zh', lang: 'zh' }, node.nameZh) : null]),
      ),
      h(
        'dl',
        { class: 'facts' },
        h('dt', {}, t('details.kind')),
        h('dd', {}, kindText(node.kind)),
        h('dt', {}, t('details.owner')),
        h('dd', {}, details.owner ? selectButton(details.owner.id, name(details.owner)) : '—'),
        details.owns.length ? h('dt', {}, t('details.owns')) : null,
        details.owns.length ? h('dd', {}, ...details.owns.flatMap((o, i) => [i ? '、' : '', selectButton(o.id, name(o))])) : null,
        node.aliases.length ? h('dt', {}, t('details.aliases')) : null,
        node.aliases.length ? h('dd', {}, dataText(node.aliases.join(', '))) : null,
      ),
      node.description ? dataText(node.description, 'en', 'p', 'description') : null,
      neighbourhood.controls(node.id),
      h('h4', {}, t('details.relationships', { n: details.relationships.length })),
      h('div', { class: 'rel-axis', 'aria-hidden': 'true' }, h('span', {}, String(from)), h('span', {}, String(to))),
      details.relationships.length ? h('div', {}, ...relationshipList(details)) : statusLine('empty', t('details.noRelationships')),
      details.milestones.length ? h('h4', {}, t('details.milestones')) : null,
      details.milestones.length
        ? h(
            'ul',
            { class: 'rels' },
            ...details.milestones.map((m) =>
              h(
                'li',
                {},
                h('strong', {}, m.date ? dateText(m.date, m.datePrecision) : t('details.undated')),
                ` ${labelIn(m.title, m.titleZh, namesMode())}`,
                inferredMark(m.inferred),
                ...notesIn(m.note, m.noteZh, namesMode()).map((n) => dataText(n.text, n.lang, 'p', 'note')),
                sourceList(data, m.sources),
              ),
            ),
          )
        : null,
    );
  };

  let seq = 0;
  const load = async () => {
    const id = store.get().selection;
    const mine = ++seq;
    shown = null;
    if (!id) {
      replaceChildren(body, statusLine('empty', msg('details.prompt')));
      return;
    }
    // What the page holds is shown at once; the server's answer replaces it only where it says something else.
    const local = nodeDetailFromTimeline(data, id);
    if (local) render(local);
    else replaceChildren(body, statusLine('loading', t('details.loading', { name: data.nodeLabel(id) })));
    try {
      const details = await api.node(id);
      if (mine === seq && !(local && sameDetail(local, details))) render(details);
    } catch (error) {
      if (mine === seq && !local) replaceChildren(body, errorLine(error, 'details.failed'));
    }
  };
  replaceChildren(element, h('h2', { class: 'panel-title' }, msg('details.title')), body);
  store.subscribe((s, p) => {
    if (s.selection !== p.selection) void load();
    else if (s.lang !== p.lang && shown) render(shown);
  });
  void load();
}
