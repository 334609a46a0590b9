// The legend, which doubles as the filter: each of the data's groups, node kinds and relationship types is a toggle
// button (pressed = shown), plus "hide isolated nodes"; a group's "all" draws all of it past the level-of-detail
// budget, and relationships can be coloured by a property. Colours and labels come from the data.
import type { Deps } from '../context';
import { h, replaceChildren } from '../dom';
import { currentLang, kindText, msg, t } from '../i18n';
import { labelIn } from '../lib/labels';
import { OWNERSHIP } from '../graph/view';
import type { Filters } from '../lib/view-state';
import { lookOf } from '../graph/look';
import { FALLBACK_SHAPE, KIND_SHAPES, NEUTRAL } from '../graph/palette';
import { edgeColouringControl } from './edge-colouring';

type ListKey = 'hiddenKinds' | 'hiddenGroups' | 'hiddenTypes';

/** Builds the legend/filter in `element`. */
export function setUpLegend(element: HTMLElement, deps: Deps): void {
  const { store, data, graph } = deps;
  const { groups, look } = lookOf(data);
  const kinds = [...new Set(data.timeline.nodes.map((n) => n.kind))].sort();
  const types = [...new Set(data.timeline.edges.map((e) => e.type))].sort();
  const buttons: { key: ListKey; value: string; el: HTMLButtonElement }[] = [];

  const labels: { el: HTMLElement; text: () => string }[] = [];
  const toggle = (key: ListKey, value: string, swatch: Element, label: () => string) => {
    const text = h('span', {}, label());
    const el = h(
      'button',
      {
        type: 'button',
        class: 'legend-item',
        'data-filter': `${key}:${value}`,
        title: t('legend.toggle', { label: label() }),
        onclick: () => {
          const filters = store.get().filters;
          const hidden = new Set(filters[key]);
          if (hidden.has(value)) hidden.delete(value);
          else hidden.add(value);
          store.update({ filters: { ...filters, [key]: [...hidden] } });
        },
      },
      swatch,
      text,
    );
    buttons.push({ key, value, el });
    labels.push({
      el,
      text: () => {
        text.textContent = label();
        return label();
      },
    });
    return el;
  };
  const shapeSwatch = (kind: string) => h('span', { class: `shape shape-${KIND_SHAPES[kind] ?? FALLBACK_SHAPE}`, 'aria-hidden': 'true' });
  const lineSwatch = (type: string) =>
    h('span', {
      class: 'line-swatch',
      'aria-hidden': 'true',
      style: `border-top: 3px ${look.lineStyle(type)} ${look.typeColors.get(type) ?? NEUTRAL}`,
    });
  const groupRow = (group: (typeof groups)[number]) => {
    const label = () => labelIn(group.label, group.labelZh, currentLang());
    const all = h(
      'button',
      { type: 'button', class: 'legend-all', 'data-show-group': group.id, title: msg('legend.showGroupTitle', { label: label() }) },
      msg('legend.showGroup'),
    );
    all.addEventListener('click', () => graph.showGroupInFull(group.id));
    const dot = h('span', { class: 'dot', style: `background:${group.color}`, 'aria-hidden': 'true' });
    return h('div', { class: 'legend-row' }, toggle('hiddenGroups', group.id, dot, label), all);
  };
  const groupsHeading = msg(`legend.groupsBy.${data.timeline.grouping?.by ?? 'dataset'}`);
  const isolated = h('input', { type: 'checkbox', id: 'hide-isolated' });
  isolated.addEventListener('change', () => store.update({ filters: { ...store.get().filters, hideIsolated: isolated.checked } }));

  const sync = (filters: Filters) => {
    for (const b of buttons) {
      const shown = !filters[b.key].includes(b.value);
      b.el.setAttribute('aria-pressed', String(shown));
      b.el.classList.toggle('off', !shown);
    }
    isolated.checked = filters.hideIsolated;
  };

  replaceChildren(
    element,
    h(
      'details',
      { open: window.matchMedia('(min-width: 901px)').matches },
      h('summary', { class: 'legend-title' }, msg('legend.title')),
      h(
        'div',
        { class: 'legend-group', role: 'group', 'aria-label': groupsHeading, id: 'legend-groups' },
        h('h3', {}, groupsHeading),
        ...groups.map(groupRow),
      ),
      h(
        'div',
        { class: 'legend-group', role: 'group', 'aria-label': msg('legend.kindGroup') },
        h('h3', {}, msg('legend.kinds')),
        ...kinds.map((k) => toggle('hiddenKinds', k, shapeSwatch(k), () => kindText(k))),
      ),
      h(
        'div',
        { class: 'legend-group', role: 'group', 'aria-label': msg('legend.relationshipGroup') },
        h('h3', {}, msg('legend.relationships')),
        ...types.map((type) => toggle('hiddenTypes', type, lineSwatch(type), () => data.typeLabel(type))),
        // Ownership lines are drawn from the nodes' owners: a network without any has nothing to show for it.
        ...(data.timeline.nodes.some((n) => n.owner)
          ? [
              toggle(
                'hiddenTypes',
                OWNERSHIP,
                h('span', { class: 'line-swatch', 'aria-hidden': 'true', style: 'border-top: 2px dotted #adb5bd' }),
                () => t('legend.ownership'),
              ),
            ]
          : []),
      ),
      edgeColouringControl(deps),
      h('label', { class: 'legend-check' }, isolated, msg('legend.hideIsolated')),
    ),
  );
  graph.onLevelOfDetail((lod) => element.classList.toggle('thinned', lod.drawnEdges < lod.shownEdges));
  store.subscribe((s, p) => {
    if (s.filters !== p.filters) sync(s.filters);
    if (s.lang !== p.lang) for (const { el, text } of labels) el.title = t('legend.toggle', { label: text() });
  });
  sync(store.get().filters);
}
