// The legend, which doubles as the filter: each owner group, node kind and relationship type is a
// toggle button (pressed = shown), plus "hide isolated nodes"; its labels follow the interface language.
import type { Deps } from '../context';
import { h, replaceChildren } from '../dom';
import { kindText, msg, namesMode, t } from '../i18n';
import { labelIn } from '../lib/labels';
import { OWNERSHIP } from '../graph/view';
import type { Filters } from '../lib/view-state';
import { LEGEND_GROUPS, edgeStyleOf, FALLBACK_SHAPE, KIND_SHAPES } from '../graph/palette';

type ListKey = 'hiddenKinds' | 'hiddenGroups' | 'hiddenTypes';

/** Builds the legend/filter in `element`. */
export function setUpLegend(element: HTMLElement, deps: Deps): void {
  const { store, data } = deps;
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
  const lineSwatch = (type: string) => {
    const look = edgeStyleOf(type);
    return h('span', { class: 'line-swatch', 'aria-hidden': 'true', style: `border-top: 3px ${look.line} ${look.color}` });
  };
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
        { class: 'legend-group', role: 'group', 'aria-label': msg('legend.groups') },
        h('h3', {}, msg('legend.groups')),
        ...LEGEND_GROUPS.map((c) =>
          toggle('hiddenGroups', c.id, h('span', { class: 'dot', style: `background:${c.color}`, 'aria-hidden': 'true' }), () =>
            labelIn(c.label, c.labelZh, namesMode()),
          ),
        ),
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
        toggle(
          'hiddenTypes',
          OWNERSHIP,
          h('span', { class: 'line-swatch', 'aria-hidden': 'true', style: 'border-top: 2px dotted #adb5bd' }),
          () => t('legend.ownership'),
        ),
      ),
      h('label', { class: 'legend-check' }, isolated, msg('legend.hideIsolated')),
    ),
  );
  store.subscribe((s, p) => {
    if (s.filters !== p.filters) sync(s.filters);
    if (s.lang !== p.lang) for (const { el, text } of labels) el.title = t('legend.toggle', { label: text() });
  });
  sync(store.get().filters);
}
