// Parses `npm run import -- <file.csv|file.json> [options]` into a checked plan; bad options name the option.
import { existsSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { NODE_KINDS } from '../import/dataset-schema.js';
import { CATEGORIES, DATE_FORMATS, slugify, type DateFormat, type EdgeListMapping } from '../import/edge-list.js';
import type { CsvLayout } from '../import/read-edge-list.js';

export const USAGE = `Usage: npm run import -- <file.csv|file.json> [options]

  --format csv|json        default: from the file extension
  --replace                wipe the database first (same transaction: a failure keeps the old data)
  --dry-run                validate only; write nothing
  --source-id <id>         the :Source every relationship cites (default: from the file name)
  --source-title <text>    its title (default: the file name); --title is the same option
  --source-date YYYY-MM-DD its date (default: the file's modification day)
  --progress auto|bar|lines|none   default auto: a bar on a terminal, else a plain line every few seconds,
                           both only once the import has run a few seconds; bar and lines show from the start
  --no-progress            the same as --progress none
  --batch-size <n>         rows per write transaction (default 10000, or HULIAN_IMPORT_BATCH); the import stays
                           invisible until its last batch is written and it completes
CSV edge lists:
  --no-header              the first line is data; name the columns with --columns
  --columns a,b,c          column names (with --no-header)
  --delimiter <c>          default ","
  --source-col <col>       default "source"        --target-col <col>   default "target"
  --type <TYPE>            one relationship type for every row (declared if new)
  --type-col <col>         or a column holding each row's type (default "type" when present)
  --new-types A,B          types the file introduces (with --type-col); --category open|closed|… (default open)
  --since-col <col>        default "since"         --since <date>       one since for every row
  --since-format iso|year|unix|unix-ms             (default iso; --until-format defaults to it)
  --until-col <col>        default "until" when present
  --id-col <col>           relationship ids (default: derived from row content and position)
  --id-prefix <p>          prepended to every node and relationship id
  --props a,b              columns copied onto relationships as properties (numbers stay numbers)
  --kind <Kind>            label of the nodes created from the ids seen (default Node)`;

const PROGRESS_MODES = ['auto', 'bar', 'lines', 'none'] as const;
/** How the import shows progress on stderr: auto picks bar or lines by the terminal and waits a few seconds. */
export type ProgressMode = (typeof PROGRESS_MODES)[number];

/** The UTC day (YYYY-MM-DD) the file was last modified, or '' when it cannot be read. */
export function modificationDay(path: string): string {
  return existsSync(path) ? statSync(path).mtime.toISOString().slice(0, 10) : '';
}

/** Checks a --source-date value: a real calendar day written YYYY-MM-DD. */
export function checkSourceDate(value: string): string {
  const [y, m, d] = value.split('-').map(Number);
  const real = /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(Date.UTC(y!, m! - 1, d!)).toISOString().slice(0, 10) === value;
  if (!real) throw new UsageError(`--source-date must be a real day written YYYY-MM-DD, like 2024-03-31 (got "${value}")`);
  return value;
}

/** Thrown on a bad command line; the CLI prints it with the usage and exits 2. */
export class UsageError extends Error {}

export interface ImportPlan {
  path: string;
  file: string;
  format: 'csv' | 'json';
  replace: boolean;
  dryRun: boolean;
  progress: ProgressMode;
  sourceId: string;
  sourceTitle: string;
  /** YYYY-MM-DD: --source-date, else the file's modification day ('' when the file does not exist). */
  sourceDate: string;
  /** True when --source-id or --source-title was given (JSON files then cite the file where they cite nothing). */
  sourceGiven: boolean;
  /** Rows per write transaction of a batched import. */
  batchSize: number;
  layout: CsvLayout;
  /** The column mapping; `undefined` entries are filled from the header by `completeMapping`. */
  mapping: EdgeListMapping;
}

const list = (value: string | undefined) =>
  value
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
const TYPE = /^[A-Z][A-Z0-9_]*$/;

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${option} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

/** Checks --batch-size (or HULIAN_IMPORT_BATCH): a whole number from 10 to 100000; 10000 when not given. */
export function checkBatchSize(value: string | undefined): number {
  if (value === undefined || value === '') return 10_000;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 10 || n > 100_000)
    throw new UsageError(`--batch-size (or HULIAN_IMPORT_BATCH) must be a whole number from 10 to 100000 (got "${value}")`);
  return n;
}

/** Parses argv (without node and script). */
export function parseImportArgs(argv: string[]): ImportPlan {
  const text = { type: 'string' } as const;
  const flag = { type: 'boolean' } as const;
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: text,
        replace: flag,
        'dry-run': flag,
        'source-id': text,
        'source-title': text,
        title: text,
        'source-date': text,
        progress: text,
        'no-progress': flag,
        'no-header': flag,
        columns: text,
        delimiter: text,
        'source-col': text,
        'target-col': text,
        type: text,
        'type-col': text,
        'new-types': text,
        category: text,
        'since-col': text,
        since: text,
        'since-format': text,
        'until-col': text,
        'until-format': text,
        'id-col': text,
        'id-prefix': text,
        props: text,
        kind: text,
        'batch-size': text,
        help: flag,
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values: v, positionals } = parsed;
  if (v.help) throw new UsageError('');
  if (positionals.length !== 1)
    throw new UsageError(positionals.length ? `give one file, not ${positionals.length}` : 'give the file to import');
  const path = positionals[0]!;
  const file = basename(path);
  const format = oneOf('format', v.format ?? extname(path).slice(1).toLowerCase(), ['csv', 'json'], 'csv');
  if (v.type && !TYPE.test(v.type)) throw new UsageError(`--type must be UPPER_SNAKE_CASE, like RATES (got "${v.type}")`);
  if (v.type && v['type-col']) throw new UsageError('give --type or --type-col, not both');
  const newTypes = list(v['new-types']);
  const badType = newTypes.find((t) => !TYPE.test(t));
  if (badType) throw new UsageError(`--new-types: "${badType}" must be UPPER_SNAKE_CASE`);
  if (v.columns && !v['no-header']) throw new UsageError('--columns names the columns of a file without a header; add --no-header');
  if (v['no-header'] && !v.columns) throw new UsageError('--no-header needs --columns, e.g. --columns source,target,rating,unix_time');
  const idPrefix = v['id-prefix'] ?? '';
  if (idPrefix && !/^[a-z0-9][a-z0-9-]*$/.test(idPrefix))
    throw new UsageError(`--id-prefix must be lower-case letters, digits and "-" (got "${idPrefix}")`);
  const kind = v.kind ?? 'Node';
  if (!(NODE_KINDS as readonly string[]).includes(kind))
    throw new UsageError(`--kind must be one of ${NODE_KINDS.join(', ')} (got "${kind}")`);
  const sinceFormat: DateFormat = oneOf('since-format', v['since-format'], DATE_FORMATS, 'iso');
  const sourceId = v['source-id'] ?? (slugify(`import-${file}`) || 'import');
  if (v.title !== undefined && v['source-title'] !== undefined && v.title !== v['source-title']) {
    throw new UsageError('--title and --source-title name the same title; give one of them');
  }
  const titleGiven = v['source-title'] ?? v.title;
  const sourceTitle = titleGiven ?? file;
  const sourceDate = v['source-date'] !== undefined ? checkSourceDate(v['source-date']) : modificationDay(path);
  if (v.progress !== undefined && v['no-progress']) throw new UsageError('give --progress or --no-progress, not both');
  const progress: ProgressMode = v['no-progress'] ? 'none' : oneOf('progress', v.progress, PROGRESS_MODES, 'auto');
  const batchSize = checkBatchSize(v['batch-size'] ?? process.env.HULIAN_IMPORT_BATCH);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(sourceId)) throw new UsageError(`--source-id must be a kebab-case id (got "${sourceId}")`);
  return {
    path,
    file,
    format,
    replace: !!v.replace,
    dryRun: !!v['dry-run'],
    progress,
    batchSize,
    sourceId,
    sourceTitle,
    sourceDate,
    sourceGiven: v['source-id'] !== undefined || titleGiven !== undefined || v['source-date'] !== undefined,
    layout: { header: !v['no-header'], columns: v.columns ? list(v.columns) : undefined, delimiter: v.delimiter ?? ',' },
    mapping: {
      file,
      sourceCol: v['source-col'] ?? 'source',
      targetCol: v['target-col'] ?? 'target',
      type: v.type,
      typeCol: v['type-col'],
      newTypes,
      category: oneOf('category', v.category, CATEGORIES, 'open'),
      sinceCol: v['since-col'],
      since: v.since,
      sinceFormat,
      untilCol: v['until-col'],
      untilFormat: oneOf('until-format', v['until-format'], DATE_FORMATS, sinceFormat),
      idCol: v['id-col'],
      idPrefix,
      props: list(v.props),
      kind,
      sourceId,
      sourceTitle,
      sourceDate,
    },
  };
}

/** Fills the optional columns from the names the file has (type, since, until, id), then checks the mapping is complete. */
export function completeMapping(mapping: EdgeListMapping, columns: string[]): EdgeListMapping {
  const has = (c: string) => columns.includes(c);
  const done = { ...mapping };
  if (!done.type && !done.typeCol && has('type')) done.typeCol = 'type';
  if (!done.sinceCol && !done.since && has('since')) done.sinceCol = 'since';
  if (!done.untilCol && has('until')) done.untilCol = 'until';
  if (!done.idCol && has('id')) done.idCol = 'id';
  if (!done.type && !done.typeCol) throw new UsageError('no relationship type: give --type <TYPE> or --type-col <column>');
  if (!done.sinceCol && !done.since)
    throw new UsageError('no since date: give --since-col <column> (with --since-format) or --since <date>');
  return done;
}
