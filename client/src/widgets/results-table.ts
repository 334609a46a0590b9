// Renders console results as an accessible table; nodes and relationships show both names / their type.
import { h } from '../dom';
import { labelIn } from '../lib/labels';
import type { Answer } from '../types';

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'object') return String(value);
  const record = value as Record<string, unknown>;
  if (typeof record.name === 'string' && typeof record.id === 'string') {
    return labelIn(record.name, typeof record.nameZh === 'string' ? record.nameZh : null, 'both');
  }
  if (typeof record.type === 'string' && typeof record.source === 'string' && typeof record.target === 'string') {
    return `${record.source} -[${record.type}]-> ${record.target}`;
  }
  return JSON.stringify(value);
}

/** A table of the result's rows, with a caption giving row count, timing and truncation. */
export function resultsTable(result: Answer<'cypher'>): HTMLElement {
  const caption = `${result.rows.length} row${result.rows.length === 1 ? '' : 's'} in ${result.timing.ms} ms`
    + (result.truncatedBy === 'bytes' ? ` — stopped at ${Math.round(result.maxBytes / 1024)} KB of results; return fewer or smaller columns`
      : result.truncated ? ` — truncated at ${result.rowLimit} rows` : '');
  if (!result.columns.length) return h('p', { class: 'status status-empty', role: 'status' }, `No columns returned (${caption}).`);
  return h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': 'Query results' },
    h('table', { class: 'results', id: 'results-table' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...result.columns.map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...result.rows.map((row) => h('tr', {}, ...result.columns.map((c) => h('td', {}, cellText(row[c]))))))));
}
