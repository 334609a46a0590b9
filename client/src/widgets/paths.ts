// Path finder: the shortest paths between two nodes through relationships in force at the current
// date (/api/paths), and "When did they first connect?" (/api/paths/earliest).
import type { Deps } from '../context';
import { h, replaceChildren, statusLine } from '../dom';
import { formatDate, snapDate, yearEnd } from '../lib/dates';
import type { Path } from '../types';
import { createNodePicker } from './node-picker';

/** Builds the path finder in `element`. */
export function setUpPaths(element: HTMLElement, deps: Deps): void {
  const { api, data, store, graph } = deps;
  const fromPicker = createNodePicker(api, 'Path from', () => undefined);
  const toPicker = createNodePicker(api, 'Path to', () => undefined);
  const maxHops = h('select', { 'aria-label': 'Maximum hops', id: 'max-hops' },
    ...[1, 2, 3, 4, 5, 6].map((n) => h('option', { value: String(n), selected: n === 4 }, `≤ ${n} hops`)));
  const results = h('div', { class: 'path-results', 'aria-live': 'polite', id: 'path-results' });

  const describe = (path: Path) => h('li', {},
    h('button', { type: 'button', class: 'link', onclick: () => graph.focus(path.nodes, path.edges.map((e) => e.id)) },
      path.nodes.map((id) => data.bothNames(id)).join(' — ')),
    h('p', { class: 'muted' }, path.edges.map((e) => `${data.typeLabel(e.type)} (${formatDate(e.since, e.sincePrecision)})`).join(' · ')));

  const ends = () => {
    const from = fromPicker.value();
    const to = toPicker.value();
    if (!from || !to) replaceChildren(results, statusLine('error', 'Choose both ends from the search lists first.'));
    return from && to ? { from, to } : null;
  };
  const highlightPaths = (label: string, paths: Path[]) => deps.highlight.emit({
    label, nodeIds: paths.flatMap((p) => p.nodes), edgeIds: paths.flatMap((p) => p.edges.map((e) => e.id)),
  });

  const findShortest = async () => {
    const pair = ends();
    if (!pair) return;
    const at = store.get().at ?? yearEnd(data.timeline.range.to);
    replaceChildren(results, statusLine('loading', 'Finding paths…'));
    try {
      const answer = await api.paths(pair.from, pair.to, at, Number(maxHops.value));
      highlightPaths('paths', answer.paths);
      if (!answer.paths.length) { replaceChildren(results, statusLine('empty', `No path within ${maxHops.value} hops at ${at}.`)); return; }
      graph.focus(answer.paths.flatMap((p) => p.nodes));
      replaceChildren(results, h('p', { class: 'summary' }, `${answer.paths.length} shortest path(s) at ${at}, ${answer.paths[0]!.edges.length} hop(s)`),
        h('ol', { class: 'paths' }, ...answer.paths.map(describe)));
    } catch (error) {
      replaceChildren(results, statusLine('error', (error as Error).message));
    }
  };
  const findEarliest = async () => {
    const pair = ends();
    if (!pair) return;
    replaceChildren(results, statusLine('loading', 'Searching the whole timeline…'));
    try {
      const answer = await api.earliestPath(pair.from, pair.to, Number(maxHops.value));
      if (!answer.date || !answer.path) {
        highlightPaths('paths', []);
        replaceChildren(results, statusLine('empty', `They were never connected within ${maxHops.value} hops.`));
        return;
      }
      const date = answer.date;
      const path = answer.path;
      const goTo = () => { store.update({ at: snapDate(date, store.get().precision), compare: null }); highlightPaths('earliest', [path]); graph.focus(path.nodes); };
      replaceChildren(results, h('p', { class: 'summary' }, `First connected on `, h('strong', {}, date)),
        h('ol', { class: 'paths' }, describe(path)),
        h('button', { type: 'button', class: 'btn', onclick: goTo }, `Go to ${date.slice(0, 4)}`));
      highlightPaths('earliest', [path]);
    } catch (error) {
      replaceChildren(results, statusLine('error', (error as Error).message));
    }
  };

  replaceChildren(element, h('h2', { class: 'panel-title' }, 'Paths 路径'),
    h('div', { class: 'field' }, h('label', { for: fromPicker.input.id }, 'From'), fromPicker.element),
    h('div', { class: 'field' }, h('label', { for: toPicker.input.id }, 'To'), toPicker.element),
    h('div', { class: 'row' }, maxHops,
      h('button', { type: 'button', class: 'btn btn-primary', id: 'paths-run', onclick: findShortest }, 'Shortest paths now'),
      h('button', { type: 'button', class: 'btn', id: 'paths-earliest', onclick: findEarliest }, 'When did they first connect?'),
      h('button', { type: 'button', class: 'btn', onclick: () => { deps.highlight.emit(null); replaceChildren(results); } }, 'Clear')),
    results);
}
