// Exports of the relationships (all, or those in force on a day), one implementation for every database: the full count
// first, then every row streamed from Neo4j as CSV or NDJSON lines, never gathered in memory.
import type { Database } from '../db/database.js';
import { readThrough, streamThrough } from '../lens/run.js';
import type { ApiEdge } from './model.js';
import { readingFor } from './node-reads.js';
import { edgeOf } from './rows.js';

export type ExportFormat = 'csv' | 'ndjson';

/** The CSV header line. */
export const CSV_HEADER = 'id,source,target,type,since,until,props\n';

/** One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
const csvField = (value: string | null) => {
  const text = value ?? '';
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** One edge as a line of `format`. */
export function exportLine(edge: ApiEdge, format: ExportFormat): string {
  if (format === 'ndjson') return `${JSON.stringify(edge)}\n`;
  const props = JSON.stringify(edge.props ?? {});
  return `${[edge.id, edge.source, edge.target, edge.type, edge.since, edge.until, props].map(csvField).join(',')}\n`;
}

/**
 * How many relationships the export holds, and a function that streams them to `write` (which may wait, e.g. for the
 * response to drain). Both read through the same reading; the count comes first so the answer can carry it.
 */
export async function relationshipExport(db: Database, at: string | null) {
  const reading = await readingFor(db);
  const options = { timeoutMs: db.heavyQueryTimeoutMs };
  const usable = reading !== null && reading.present.length > 0;
  const [row] = usable ? await readThrough(db, reading, 'lens-edges-count', { at }, options) : [];
  return {
    total: Number(row?.total ?? 0),
    stream: async (write: (edge: ApiEdge) => void | Promise<void>) => {
      if (!usable) return;
      await streamThrough(db, reading, { name: 'lens-edges-export', params: { at } }, (r) => write(edgeOf(r.edge, reading)), options);
    },
  };
}
