// Renders console results as an accessible table; nodes show their name in the interface's names mode and
// relationships their type. Cells and column names are data (translate="no"); the caption is translated.
import { h } from '../dom';
import { msg, namesMode, t } from '../i18n';
import { labelIn } from '../lib/labels';
import type { Answer } from '../types';

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'object') return String(value);
  const outer = value as Record<string, unknown>;
  // A node may come as the entity itself or as Neo4j's { elementId, labels, properties } form.
  const record = outer.properties && typeof outer.properties === 'object' ? (outer.properties as Record<string, unknown>) : outer;
  if (typeof record.name === 'string' && typeof record.id === 'string') {
    return labelIn(record.name, typeof record.nameZh === 'string' ? record.nameZh : null, namesMode());
  }
  if (typeof record.type === 'string' && typeof record.source === 'string' && typeof record.target === 'string') {
    return `${record.source} -[${record.type}]-> ${record.target}`;
  }
  return JSON.stringify(value);
}

/** A table of the result's rows, with a caption giving row count, timing and truncation. */
export function resultsTable(result: Answer<'cypher'>): HTMLElement {
  const rows =
    result.rows.length === 1
      ? t('results.row', { ms: result.timing.ms })
      : t('results.rows', { n: result.rows.length, ms: result.timing.ms });
  const caption =
    rows +
    (result.truncatedBy === 'bytes'
      ? t('results.bytes', { kb: Math.round(result.maxBytes / 1024) })
      : result.truncated
        ? t('results.truncated', { n: result.rowLimit })
        : '');
  if (!result.columns.length) return h('p', { class: 'status status-empty', role: 'status' }, t('results.noColumns', { caption }));
  return h(
    'div',
    { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': msg('results.label') },
    h(
      'table',
      { class: 'results', id: 'results-table' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...result.columns.map((c) => h('th', { scope: 'col', translate: 'no' }, c)))),
      h(
        'tbody',
        {},
        ...result.rows.map((row) => h('tr', {}, ...result.columns.map((c) => h('td', { translate: 'no' }, cellText(row[c]))))),
      ),
    ),
  );
}
