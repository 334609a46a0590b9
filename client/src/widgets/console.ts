// The Cypher console: editor, JSON parameters, Run (Ctrl+Enter), results table, graph highlight of
// returned nodes/relationships, errors marked in the editor, history and the sample-question catalog.
import { ApiError } from '../api';
import type { Deps } from '../context';
import { h, replaceChildren, statusLine } from '../dom';
import { pushHistory, readHistory, type HistoryEntry } from '../lib/history';
import type { CatalogQuery } from '../types';
import { createEditor } from './cypher-editor';
import { resultsTable } from './results-table';

/** Builds the console in `element`. */
export function setUpConsole(element: HTMLElement, deps: Deps): void {
  const { api, store, graph } = deps;
  const editorHost = h('div', { class: 'editor', id: 'cypher-editor' });
  const params = h('textarea', { id: 'cypher-params', rows: 2, spellcheck: 'false', class: 'params' });
  const error = h('div', { class: 'console-error', id: 'console-error', role: 'alert' });
  const output = h('div', { class: 'console-output', id: 'console-output', 'aria-live': 'polite' });
  const catalog = h('ul', { class: 'catalog', id: 'catalog' });
  const history = h('ul', { class: 'history', id: 'history' });
  const runButton = h('button', { type: 'button', class: 'btn btn-primary', id: 'cypher-run' }, 'Run ⌃↵');
  params.value = store.get().params ?? '{}';

  const showError = (text: string) => replaceChildren(error, text ? h('p', {}, text) : null);
  const run = async () => {
    const query = editor.value().trim();
    editor.clearError();
    showError('');
    if (!query) { showError('Write a Cypher query first.'); editor.focus(); return; }
    let parsed: Record<string, unknown>;
    try {
      const value: unknown = JSON.parse(params.value.trim() || '{}');
      if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('parameters must be a JSON object');
      parsed = value as Record<string, unknown>;
    } catch (cause) {
      showError(`Parameters: ${(cause as Error).message}`);
      params.setAttribute('aria-invalid', 'true');
      params.focus();
      return;
    }
    params.removeAttribute('aria-invalid');
    store.update({ query, params: params.value.trim() === '{}' ? null : params.value.trim() });
    renderHistory(pushHistory(localStorage, query, params.value.trim()));
    replaceChildren(output, statusLine('loading', 'Running…'));
    runButton.disabled = true;
    try {
      const result = await api.cypher(query, parsed);
      replaceChildren(output, resultsTable(result));
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
    if (!(cause instanceof ApiError)) { showError(String(cause)); return; }
    const { problem } = cause;
    const where = problem.position ? ` (line ${problem.position.line}, column ${problem.position.column})` : '';
    const text = problem.status === 403 ? `${problem.title}: ${problem.detail ?? ''}${problem.reason ? ` (${problem.reason})` : ''}`
      : `${problem.title}${where}: ${problem.detail ?? ''}`;
    showError(text);
    if (problem.status === 400 || problem.status === 403) editor.markError(text, problem.position?.offset ?? null);
  };

  const editor = createEditor(editorHost, store.get().query ?? '', () => void run());
  let typing = 0;
  editor.onChange((text) => { window.clearTimeout(typing); typing = window.setTimeout(() => store.update({ query: text.trim() || null }), 500); });
  runButton.addEventListener('click', () => void run());
  params.addEventListener('keydown', (event) => { if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); void run(); } });

  const load = (query: string, paramText: string, andRun: boolean) => {
    editor.setValue(query);
    params.value = paramText;
    if (andRun) void run(); else editor.focus();
  };
  function renderHistory(entries: HistoryEntry[]) {
    replaceChildren(history, ...entries.slice(0, 12).map((e) => h('li', {},
      h('button', { type: 'button', class: 'link mono', title: e.ranAt, onclick: () => load(e.query, e.params, false) }, e.query.replace(/\s+/g, ' ').slice(0, 90)))));
    if (!entries.length) history.append(h('li', { class: 'muted' }, 'Queries you run appear here.'));
  }
  const catalogItem = (q: CatalogQuery) => {
    const defaults = Object.fromEntries(q.params.map((p) => [p.name, p.default]));
    return h('li', {}, h('button', { type: 'button', class: 'catalog-item', onclick: () => load(q.cypher, JSON.stringify(defaults), true) },
      h('span', {}, q.title), h('span', { class: 'zh', lang: 'zh' }, q.titleZh)));
  };
  const loadCatalog = async () => {
    replaceChildren(catalog, statusLine('loading', 'Loading sample questions…'));
    try {
      const { queries } = await api.queries();
      replaceChildren(catalog, ...(queries.length ? queries.map(catalogItem) : [statusLine('empty', 'No sample questions.')]));
    } catch (cause) {
      replaceChildren(catalog, statusLine('error', `Sample questions unavailable: ${(cause as Error).message}`),
        h('button', { type: 'button', class: 'btn', onclick: () => void loadCatalog() }, 'Retry'));
    }
  };

  replaceChildren(element, h('h2', { class: 'panel-title' }, 'Cypher console 查询'),
    h('label', { class: 'field-label', for: 'cypher-editor' }, 'Query (read-only; Ctrl+Enter runs)'), editorHost,
    h('label', { class: 'field-label', for: 'cypher-params' }, 'Parameters (JSON)'), params,
    h('div', { class: 'row' }, runButton, h('button', { type: 'button', class: 'btn', onclick: () => { deps.highlight.emit(null); replaceChildren(output); } }, 'Clear')),
    error, output,
    h('details', { class: 'catalog-box', open: true }, h('summary', {}, 'Sample questions 示例问题 (click to run)'), catalog),
    h('details', { class: 'history-box' }, h('summary', {}, 'History 历史'), history));
  renderHistory(readHistory(localStorage));
  void loadCatalog();
}
