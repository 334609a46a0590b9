// Streams a CSV edge list through csv-parse into an EdgeListBuilder, reporting rows and bytes read for progress.
import { createReadStream, statSync } from 'node:fs';
import { CsvError, parse } from 'csv-parse';
import { EdgeListBuilder, type EdgeListMapping } from './edge-list.js';

export interface CsvLayout {
  /** False when the first line is data; then `columns` names the columns. */
  header: boolean;
  columns?: string[];
  delimiter: string;
}

/** Thrown when the file cannot be read as the layout says (missing column, broken quoting); names file and line. */
export class EdgeListFileError extends Error {}

/**
 * Reads the whole file. `mappingFor(columns)` gets the column names (from the header or the layout) and returns
 * the mapping to use; `onProgress(rows, bytesRead, totalBytes)` is called as the file is read.
 */
export async function readEdgeList(
  path: string,
  file: string,
  layout: CsvLayout,
  mappingFor: (columns: string[]) => EdgeListMapping,
  onProgress?: (rows: number, read: number, total: number) => void,
): Promise<EdgeListBuilder> {
  if (!layout.header && !layout.columns?.length) {
    throw new EdgeListFileError(`${file}: a file without a header needs --columns, e.g. --columns source,target,rating,unix_time`);
  }
  const total = statSync(path).size;
  let columns = layout.columns ?? [];
  let builder: EdgeListBuilder | undefined;
  const start = () => {
    builder = new EdgeListBuilder(mappingFor(columns));
    const missing = builder.requiredColumns().filter((c) => !columns.includes(c));
    if (missing.length) {
      throw new EdgeListFileError(
        `${file}: column(s) ${missing.map((c) => `"${c}"`).join(', ')} not found; the columns are ${columns.join(', ') || '(none)'}. Name them with --source-col, --target-col, --since-col … or --columns.`,
      );
    }
    return builder;
  };
  const input = createReadStream(path);
  let read = 0;
  input.on('data', (chunk) => {
    read += chunk.length;
  });
  const parser = input.pipe(
    parse({
      columns: layout.header ? (names: string[]) => (columns = names.map((n) => n.trim())) : layout.columns,
      delimiter: layout.delimiter,
      info: true,
      trim: true,
      skip_empty_lines: true,
      bom: true,
    }),
  );
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      const into = builder ?? start();
      into.addRow(record, info.lines);
      if (into.rows % 1000 === 0) onProgress?.(into.rows, read, total);
    }
  } catch (error) {
    input.destroy();
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines;
    throw new EdgeListFileError(`${file}${line ? `: line ${line}` : ''}: cannot parse the CSV (${error.message})`);
  }
  const done = builder ?? start();
  onProgress?.(done.rows, read, total);
  return done;
}
