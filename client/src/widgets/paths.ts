// Path finder: the shortest paths between two nodes through relationships in force at the current
// date (/api/paths), and "When did they first connect?" (/api/paths/earliest).
import type { Deps } from '../context';
import { h, replaceChildren, statusLine } from '../dom';
import { dateText, msg, t } from '../i18n';
import { snapDate, yearEnd } from '../lib/dates';
import type { Path } from '../types';
import { createNodePicker } from './node-picker';
import { errorLine } from './problem';

/** Builds the path finder in `element`. */
export function setUpPaths(element: HTMLElement, deps: Deps): void {
  const { api, data, store, graph } = deps;
  const fromPicker = createNodePicker(api, msg('paths.fromLabel'), () => undefined);
  const toPicker = createNodePicker(api, msg('paths.toLabel'), () => undefined);
  const maxHops = h(
    'select',
    { 'aria-label': msg('paths.maxHops'), id: 'max-hops' },
    ...[1, 2, 3, 4, 5, 6].map((n) => h('option', { value: String(n), selected: n === 4 }, msg('paths.hopsOption', { n }))),
  );
  const results = h('div', { class: 'path-results', 'aria-live': 'polite', id: 'path-results' });

  const describe = (path: Path) =>
    h(
      'li',
      {},
      h(
        'button',
        {
          type: 'button',
          class: 'link',
          onclick: () =>
            graph.focus(
              path.nodes,
              path.edges.map((e) => e.id),
            ),
        },
        path.nodes.map((id) => data.nodeLabel(id)).join(' — '),
      ),
      h('p', { class: 'muted' }, path.edges.map((e) => `${data.typeLabel(e.type)} (${dateText(e.since, e.sincePrecision)})`).join(' · ')),
    );

  const ends = () => {
    const from = fromPicker.value();
    const to = toPicker.value();
    if (!from || !to) replaceChildren(results, statusLine('error', t('paths.chooseBoth')));
    return from && to ? { from, to } : null;
  };
  const highlightPaths = (label: string, paths: Path[]) =>
    deps.highlight.emit({
      label,
      nodeIds: paths.flatMap((p) => p.nodes),
      edgeIds: paths.flatMap((p) => p.edges.map((e) => e.id)),
    });

  const findShortest = async () => {
    const pair = ends();
    if (!pair) return;
    const at = store.get().at ?? yearEnd(data.timeline.range.to);
    replaceChildren(results, statusLine('loading', t('paths.finding')));
    try {
      const answer = await api.paths(pair.from, pair.to, at, Number(maxHops.value));
      highlightPaths('paths', answer.paths);
      if (!answer.paths.length) {
        replaceChildren(results, statusLine('empty', t('paths.none', { hops: maxHops.value, date: dateText(at) })));
        return;
      }
      graph.focus(answer.paths.flatMap((p) => p.nodes));
      replaceChildren(
        results,
        h(
          'p',
          { class: 'summary' },
          t('paths.found', { count: answer.paths.length, date: dateText(at), hops: answer.paths[0]!.edges.length }),
        ),
        h('ol', { class: 'paths' }, ...answer.paths.map(describe)),
      );
    } catch (error) {
      replaceChildren(results, errorLine(error));
    }
  };
  const findEarliest = async () => {
    const pair = ends();
    if (!pair) return;
    replaceChildren(results, statusLine('loading', t('paths.searching')));
    try {
      const answer = await api.earliestPath(pair.from, pair.to, Number(maxHops.value));
      if (!answer.date || !answer.path) {
        highlightPaths('paths', []);
        replaceChildren(results, statusLine('empty', t('paths.never', { hops: maxHops.value })));
        return;
      }
      const date = answer.date;
      const path = answer.path;
      const goTo = () => {
        store.update({ at: snapDate(date, store.get().precision), compare: null });
        highlightPaths('earliest', [path]);
        graph.focus(path.nodes);
      };
      replaceChildren(
        results,
        h('p', { class: 'summary' }, `${t('paths.firstConnected')} `, h('strong', {}, dateText(date))),
        h('ol', { class: 'paths' }, describe(path)),
        h('button', { type: 'button', class: 'btn', onclick: goTo }, t('paths.goTo', { year: date.slice(0, 4) })),
      );
      highlightPaths('earliest', [path]);
    } catch (error) {
      replaceChildren(results, errorLine(error));
    }
  };

  replaceChildren(
    element,
    h('h2', { class: 'panel-title' }, msg('paths.title')),
    h('div', { class: 'field' }, h('label', { for: fromPicker.input.id }, msg('paths.from')), fromPicker.element),
    h('div', { class: 'field' }, h('label', { for: toPicker.input.id }, msg('paths.to')), toPicker.element),
    h(
      'div',
      { class: 'row' },
      maxHops,
      h('button', { type: 'button', class: 'btn btn-primary', id: 'paths-run', onclick: findShortest }, msg('paths.shortest')),
      h('button', { type: 'button', class: 'btn', id: 'paths-earliest', onclick: findEarliest }, msg('paths.earliest')),
      h(
        'button',
        {
          type: 'button',
          class: 'btn',
          onclick: () => {
            deps.highlight.emit(null);
            replaceChildren(results);
          },
        },
        msg('common.clear'),
      ),
    ),
    results,
  );
}
