// The Cypher console: editor, JSON parameters, Run (Ctrl+Enter), results table, graph highlight of
// returned nodes/relationships, errors (translated, server detail on demand) marked in the editor, history and the
// sample-question catalog; its texts follow the interface language.
import { ApiError } from '../api';
import type { Deps } from '../context';
import { h, replaceChildren, statusLine } from '../dom';
import { currentLang, msg, t } from '../i18n';
import { problemMessage } from '../i18n/problems';
import { pushHistory, readHistory, type HistoryEntry } from '../lib/history';
import type { CatalogQuery } from '../types';
import { createEditor } from './cypher-editor';
import { detailDisclosure, errorDetail, errorLine } from './problem';
import { resultsTable } from './results-table';

/** A sample question's title with its parameters ("$date") set as code, which is not translated. */
const withParams = (title: string) => title.split(/(\$\w+)/).map((part, i) => (i % 2 ? h('code', { translate: 'no' }, part) : part));

/** Builds the console in `element`. */
export function setUpConsole(element: HTMLElement, deps: Deps): void {
  const { api, store, graph } = deps;
  const editorHost = h('div', { class: 'editor', id: 'cypher-editor', translate: 'no' });
  const params = h('textarea', { id: 'cypher-params', rows: 2, spellcheck: 'false', class: 'params', translate: 'no' });
  const error = h('div', { class: 'console-error', id: 'console-error', role: 'alert' });
  const output = h('div', { class: 'console-output', id: 'console-output', 'aria-live': 'polite' });
  const catalog = h('ul', { class: 'catalog', id: 'catalog' });
  const history = h('ul', { class: 'history', id: 'history' });
  const runButton = h('button', { type: 'button', class: 'btn btn-primary', id: 'cypher-run' }, msg('console.run'));
  params.value = store.get().params ?? '{}';
  let lastResult: Awaited<ReturnType<typeof api.cypher>> | null = null;
  let catalogQueries: CatalogQuery[] = [];

  const showError = (text: string, detail: string | null = null) =>
    replaceChildren(error, text ? h('p', {}, text) : null, detail ? detailDisclosure(detail) : null);
  const run = async () => {
    const query = editor.value().trim();
    editor.clearError();
    showError('');
    if (!query) {
      showError(t('console.writeFirst'));
      editor.focus();
      return;
    }
    let parsed: Record<string, unknown>;
    try {
      const value: unknown = JSON.parse(params.value.trim() || '{}');
      if (!value || typeof value !== 'object' || Array.isArray(value)) throw new TypeError(t('console.paramsNotObject'));
      parsed = value as Record<string, unknown>;
    } catch (cause) {
      if (cause instanceof TypeError) showError(cause.message);
      else showError(t('console.paramsInvalid'), errorDetail(cause));
      params.setAttribute('aria-invalid', 'true');
      params.focus();
      return;
    }
    params.removeAttribute('aria-invalid');
    store.update({ query, params: params.value.trim() === '{}' ? null : params.value.trim() });
    renderHistory(pushHistory(localStorage, query, params.value.trim()));
    replaceChildren(output, statusLine('loading', t('console.running')));
    runButton.disabled = true;
    try {
      const result = await api.cypher(query, parsed);
      lastResult = result;
      replaceChildren(output, resultsTable(result, deps.data));
      const nodeIds = result.graph.nodes.map((n) => n.id);
      const edgeIds = result.graph.edges.map((e) => e.id);
      deps.highlight.emit(nodeIds.length || edgeIds.length ? { label: 'query', nodeIds, edgeIds } : null);
      if (nodeIds.length || edgeIds.length) graph.focus(nodeIds, edgeIds);
    } catch (cause) {
      replaceChildren(output);
      reportError(cause);
    } finally {
      runButton.disabled = false;
    }
  };
  const reportError = (cause: unknown) => {
    if (!(cause instanceof ApiError)) {
      replaceChildren(error, errorLine(cause));
      return;
    }
    const { problem } = cause;
    const text = problemMessage(problem);
    showError(text, errorDetail(cause));
    if (problem.status === 400 || problem.status === 403) editor.markError(text, problem.position?.offset ?? null);
  };

  const editor = createEditor(editorHost, store.get().query ?? '', () => void run(), t('console.editorLabel'));
  // Completion knows the names of the database in use: Hulian's own (built-in lens) or the user's (their lens).
  api.ready().then(
    ({ lens }) => editor.setSchemaNames({ labels: lens.labels, relationshipTypes: lens.relationshipTypes }),
    () => undefined,
  );
  let typing = 0;
  editor.onChange((text) => {
    window.clearTimeout(typing);
    typing = window.setTimeout(() => store.update({ query: text.trim() || null }), 500);
  });
  runButton.addEventListener('click', () => void run());
  params.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void run();
    }
  });

  const load = (query: string, paramText: string, andRun: boolean) => {
    editor.setValue(query);
    params.value = paramText;
    if (andRun) void run();
    else editor.focus();
  };
  function renderHistory(entries: HistoryEntry[]) {
    replaceChildren(
      history,
      ...entries
        .slice(0, 12)
        .map((e) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', class: 'link mono', translate: 'no', title: e.ranAt, onclick: () => load(e.query, e.params, false) },
              e.query.replace(/\s+/g, ' ').slice(0, 90),
            ),
          ),
        ),
    );
    if (!entries.length) history.append(h('li', { class: 'muted' }, msg('console.historyEmpty')));
  }
  const catalogItem = (q: CatalogQuery) => {
    const defaults = Object.fromEntries(q.params.map((p) => [p.name, p.default]));
    return h(
      'li',
      {},
      h(
        'button',
        { type: 'button', class: 'catalog-item', onclick: () => load(q.cypher, JSON.stringify(defaults), true) },
        ...(currentLang() === 'zh'
          ? [h('span', { lang: 'zh' }, ...withParams(q.titleZh))]
          : [h('span', {}, ...withParams(q.title)), h('span', { class: 'zh', lang: 'zh' }, ...withParams(q.titleZh))]),
      ),
    );
  };
  const paintCatalog = () =>
    replaceChildren(
      catalog,
      ...(catalogQueries.length ? catalogQueries.map(catalogItem) : [statusLine('empty', t('console.samplesNone'))]),
    );
  const loadCatalog = async () => {
    replaceChildren(catalog, statusLine('loading', t('console.samplesLoading')));
    try {
      catalogQueries = (await api.queries()).queries;
      paintCatalog();
    } catch (cause) {
      replaceChildren(
        catalog,
        errorLine(cause, 'console.samplesFailed'),
        h('button', { type: 'button', class: 'btn', onclick: () => void loadCatalog() }, msg('common.retry')),
      );
    }
  };

  replaceChildren(
    element,
    h('h2', { class: 'panel-title' }, msg('console.title')),
    h('label', { class: 'field-label', for: 'cypher-editor' }, msg('console.queryLabel')),
    editorHost,
    h('label', { class: 'field-label', for: 'cypher-params' }, msg('console.params')),
    params,
    h(
      'div',
      { class: 'row' },
      runButton,
      h(
        'button',
        {
          type: 'button',
          class: 'btn',
          onclick: () => {
            deps.highlight.emit(null);
            lastResult = null;
            replaceChildren(output);
          },
        },
        msg('common.clear'),
      ),
    ),
    error,
    output,
    h('details', { class: 'catalog-box', open: true }, h('summary', {}, msg('console.samples')), catalog),
    h('details', { class: 'history-box' }, h('summary', {}, msg('console.history')), history),
  );
  renderHistory(readHistory(localStorage));
  void loadCatalog();
  store.subscribe((s, p) => {
    if (s.lang === p.lang) return;
    editor.setLabel(t('console.editorLabel'));
    if (catalogQueries.length) paintCatalog();
    if (lastResult && output.querySelector('#results-table')) replaceChildren(output, resultsTable(lastResult, deps.data));
  });
}
