// Wires the group view (groups-view.ts) into the page: a "Group view" button and its overlay, a redraw at each step, a
// tap on a group to open or close it (measured as "group-open", and "group-open-painted" once drawn), and a selection
// from search or Details opening the node's group.
import type { Deps } from '../context';
import { h } from '../dom';
import { currentLang, msg } from '../i18n';
import { labelIn } from '../lib/labels';
import { snapshotFor } from '../view-sync';
import { lookOf } from './look';
import { GroupView } from './groups-view';

/** What tests may read of the group view (read-only). */
interface GroupViewHook {
  cy(): GroupView['cy'] | null;
  active(): boolean;
  groupCount(): number;
  memberCount(): number;
  openGroups(): string[];
}

/** Adds the group view's button and overlay to `area` (the graph's box); the full view stays the default. */
export function setUpGroupView(area: HTMLElement, deps: Deps): void {
  const { store, data, graph } = deps;
  const groups = lookOf(data).groups;
  const overlay = h('div', { class: 'group-view', id: 'group-view', role: 'img', 'aria-label': msg('groups.overlay') });
  overlay.hidden = true;
  const button = h(
    'button',
    { type: 'button', class: 'group-view-toggle', id: 'group-view-toggle', 'aria-pressed': 'false', title: msg('groups.title') },
    msg('groups.button', { n: groups.length }),
  );
  area.append(overlay, button);
  const nodeGroup = new Map(data.timeline.nodes.map((n) => [n.id, n.group]));
  const serverPositions = data.timeline.positions ?? null;
  let view: GroupView | null = null;

  const build = () =>
    new GroupView(
      overlay,
      {
        groups,
        groupOf: (node) => nodeGroup.get(node) ?? '',
        label: (node) => data.nodeLabel(node),
        groupLabel: (g) => labelIn(g.label, g.labelZh, currentLang()),
        position: (node) => {
          const p = serverPositions?.[node];
          if (p) return { x: p[0], y: p[1] };
          const element = graph.cy.getElementById(node);
          return element.nonempty() ? element.position() : null;
        },
        ends: data.edges,
      },
      data.timeline.nodes.map((n) => n.id),
    );
  const redraw = () => view?.update(snapshotFor(deps, store.get()));
  const show = (on: boolean) => {
    overlay.hidden = !on;
    button.setAttribute('aria-pressed', String(on));
    if (!on) return;
    if (!view) {
      view = build();
      view.cy.on('tap', 'node.group', (event) => {
        if (event.target !== event.cy.$id(event.target.id()) || !event.target.hasClass('group')) return;
        performance.mark('group-open-start');
        view!.toggle(event.target.data('group') as string);
        performance.measure('group-open', 'group-open-start');
        // Cytoscape draws on its next animation frame: the second frame after the change has it on screen.
        requestAnimationFrame(() => requestAnimationFrame(() => performance.measure('group-open-painted', 'group-open-start')));
      });
      view.cy.on('tap', 'node.member', (event) => store.update({ selection: event.target.id(), tab: 'details' }));
    }
    view.cy.resize();
    redraw();
    view.cy.fit(undefined, 30);
    const selected = store.get().selection;
    if (selected) view.reveal(selected);
  };
  button.addEventListener('click', () => show(overlay.hidden));
  store.subscribe((s, p) => {
    if (overlay.hidden || !view) return;
    if (s.at !== p.at || s.mode !== p.mode || s.windowYears !== p.windowYears || s.precision !== p.precision || s.lang !== p.lang) redraw();
    if (s.selection !== p.selection && s.selection) view.reveal(s.selection);
  });
  const hook: GroupViewHook = {
    cy: () => view?.cy ?? null,
    active: () => !overlay.hidden,
    groupCount: () => view?.cy.nodes('.group').length ?? 0,
    memberCount: () => view?.cy.nodes('.member').length ?? 0,
    openGroups: () => view?.openGroups() ?? [],
  };
  Object.defineProperty(window, '__hulianGroups', { value: Object.freeze(hook) });
}
