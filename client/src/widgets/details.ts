// Node details: names, kind, owner, each relationship over time as a small timeline with linked
// sources, the node's milestones, and expand/collapse of its neighbourhood (/api/nodes/:id/neighbors).
import type { Deps } from '../context';
import { h, replaceChildren, statusLine } from '../dom';
import { completeDate, formatDate } from '../lib/dates';
import { labelIn } from '../lib/labels';
import type { Answer } from '../types';
import { sourceList } from './sources';
import { setUpNeighbourhood } from './neighbourhood';

/** Builds the details panel in `element`; it follows the selection in the store. */
export function setUpDetails(element: HTMLElement, deps: Deps): void {
  const { store, data, api } = deps;
  const body = h('div', { class: 'details-body', id: 'details-body' });
  const neighbourhood = setUpNeighbourhood(deps);
  const { from, to } = data.timeline.range;
  const span = Math.max(1, to - from + 1);
  const pos = (date: string) => Math.min(100, Math.max(0, ((Number(completeDate(date).slice(0, 4)) - from + (Number(completeDate(date).slice(5, 7)) - 1) / 12) / span) * 100));
  const selectButton = (id: string, label: string) =>
    h('button', { type: 'button', class: 'link', onclick: () => store.update({ selection: id }) }, label);

  const relationshipRows = (details: Answer<'node'>) => details.relationships
    .slice().sort((a, b) => a.since.localeCompare(b.since))
    .map((rel) => {
      const start = pos(rel.since);
      const end = rel.until ? pos(rel.until) : 100;
      const dates = `${formatDate(rel.since, rel.sincePrecision)} – ${rel.until ? formatDate(rel.until, rel.untilPrecision) : 'now'}`;
      return h('li', { class: 'rel' },
        h('div', { class: 'rel-head' },
          h('span', { class: 'rel-type' }, rel.direction === 'out' ? `→ ${data.typeLabel(rel.type)}` : `← ${data.typeLabel(rel.type)}`),
          selectButton(rel.other.id, labelIn(rel.other.name, rel.other.nameZh, 'both')),
          h('button', { type: 'button', class: 'link muted', onclick: () => deps.graph.focus([], [rel.id]), 'aria-label': `Show ${rel.type} ${rel.other.name} in graph` }, 'show')),
        h('div', { class: 'rel-track', role: 'img', 'aria-label': dates },
          h('span', { class: `rel-span type-${rel.type}`, style: `left:${start}%;width:${Math.max(1.5, end - start)}%` })),
        h('p', { class: 'rel-dates' }, dates, rel.status ? ` · ${rel.status}` : ''),
        rel.note ? h('p', { class: 'note' }, rel.note) : null,
        sourceList(data, rel.sources));
    });

  const render = (details: Answer<'node'>) => {
    const { node } = details;
    replaceChildren(body,
      h('h3', { class: 'node-name' }, node.name, node.nameZh ? h('span', { class: 'zh', lang: 'zh' }, node.nameZh) : null),
      h('dl', { class: 'facts' },
        h('dt', {}, 'Kind'), h('dd', {}, node.kind),
        h('dt', {}, 'Owner'), h('dd', {}, details.owner ? selectButton(details.owner.id, labelIn(details.owner.name, details.owner.nameZh, 'both')) : '—'),
        details.owns.length ? h('dt', {}, 'Owns') : null,
        details.owns.length ? h('dd', {}, ...details.owns.flatMap((o, i) => [i ? ', ' : '', selectButton(o.id, labelIn(o.name, o.nameZh, 'both'))])) : null,
        node.aliases.length ? h('dt', {}, 'Aliases') : null, node.aliases.length ? h('dd', {}, node.aliases.join(', ')) : null),
      node.description ? h('p', { class: 'description' }, node.description) : null,
      neighbourhood.controls(node.id),
      h('h4', {}, `Relationships over time (${details.relationships.length})`),
      h('div', { class: 'rel-axis', 'aria-hidden': 'true' }, h('span', {}, String(from)), h('span', {}, String(to))),
      details.relationships.length ? h('ul', { class: 'rels' }, ...relationshipRows(details)) : statusLine('empty', 'No dated relationships.'),
      details.milestones.length ? h('h4', {}, 'Milestones') : null,
      details.milestones.length ? h('ul', { class: 'rels' }, ...details.milestones.map((m) => h('li', {},
        h('strong', {}, m.date ? formatDate(m.date, m.datePrecision) : 'undated'), ` ${labelIn(m.title, m.titleZh, 'both')}`, sourceList(data, m.sources)))) : null);
  };

  let seq = 0;
  const load = async () => {
    const id = store.get().selection;
    const mine = ++seq;
    if (!id) { replaceChildren(body, statusLine('empty', 'Click a node in the graph, or search for one, to see its details.')); return; }
    replaceChildren(body, statusLine('loading', `Loading ${data.bothNames(id)}…`));
    try {
      const details = await api.node(id);
      if (mine === seq) render(details);
    } catch (error) {
      if (mine === seq) replaceChildren(body, statusLine('error', `Could not load ${id}: ${(error as Error).message}`));
    }
  };
  replaceChildren(element, h('h2', { class: 'panel-title' }, 'Details 详情'), body);
  store.subscribe((s, p) => { if (s.selection !== p.selection) void load(); });
  void load();
}
