// Renders console results as an accessible table; nodes, relationships and paths show as chips that open to their
// properties (result-chips.ts), other values as text. Cells and column names are data (translate="no"); the caption
// is translated.
import { h } from '../dom';
import { msg, t } from '../i18n';
import type { Answer } from '../types';
import type { ChipLookup } from '../lib/result-cells';
import { cellContent } from './result-chips';

/** A table of the result's rows, with a caption giving row count, timing and truncation. */
export function resultsTable(result: Answer<'cypher'>, lookup: ChipLookup | null = null): HTMLElement {
  const rows = t('results.rows', { n: result.rows.length, ms: result.timing.ms });
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
        ...result.rows.map((row) => h('tr', {}, ...result.columns.map((c) => h('td', { translate: 'no' }, cellContent(row[c], lookup))))),
      ),
    ),
  );
}
