// Turns the rows of a plain CSV edge list (e.g. `source,target,rating,unix_time`) into a Hulian dataset
// by column mapping: implicit nodes from the ids seen, one :Source for the file, deterministic relationship ids.
import { createHash } from 'node:crypto';
import { unixToIsoDay } from './dates.js';
import type { ValidationIssue, RawDataset } from './validate.js';

export const DATE_FORMATS = ['iso', 'year', 'unix', 'unix-ms'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];
export const CATEGORIES = ['open', 'closed', 'regulatory', 'ownership', 'legal', 'commercial'] as const;

/** How the columns of an edge list map onto a dataset. */
export interface EdgeListMapping {
  /** The file's name as messages show it. */
  file: string;
  sourceCol: string;
  targetCol: string;
  /** One type for every row, or the column holding each row's type. */
  type?: string;
  typeCol?: string;
  /** Types this file introduces (besides `type`); each gets a vocabulary entry with `category`. */
  newTypes: string[];
  category: (typeof CATEGORIES)[number];
  /** The column holding `since`, or one `since` for every row. */
  sinceCol?: string;
  since?: string;
  sinceFormat: DateFormat;
  untilCol?: string;
  untilFormat: DateFormat;
  idCol?: string;
  /** Prepended to every node and relationship id (keeps imports apart). */
  idPrefix: string;
  /** Columns copied onto each relationship as properties (numbers become numbers). */
  props: string[];
  /** Node kind (label) of the implicit nodes. */
  kind: string;
  sourceId: string;
  sourceTitle: string;
  /** The file's :Source date (YYYY-MM-DD): --source-date, else the file's modification day; never the day of the import. */
  sourceDate: string;
}

/** A lower-case kebab-case form of a value, usable as (part of) an id; '' when nothing is left. */
export function slugify(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** A cell as a property value: numbers become numbers, everything else stays text. */
export function cellValue(cell: string): string | number {
  return NUMBER.test(cell.trim()) ? Number(cell) : cell;
}

/** Converts a date cell by its format to a partial date string, or returns `{ error }` naming the expected form. */
export function convertDate(cell: string, format: DateFormat): string | { error: string } {
  const value = cell.trim();
  if (format === 'iso') return /^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : value;
  if (format === 'year') return /^\d{4}$/.test(value) ? value : { error: `must be a year YYYY (got ${JSON.stringify(cell)})` };
  const time = NUMBER.test(value) ? Number(value) : Number.NaN;
  const ms = format === 'unix-ms' ? time : time * 1000;
  if (!Number.isFinite(ms) || Number.isNaN(new Date(ms).getTime())) {
    return { error: `must be a Unix time in ${format === 'unix-ms' ? 'milliseconds' : 'seconds'} (got ${JSON.stringify(cell)})` };
  }
  return unixToIsoDay(ms, true);
}

/** Collects edge-list rows one by one (so a file can be streamed) and builds the dataset at the end. Rows are kept in
 * columns of shared strings (days and types interned), not as one object per row: a million rows of small objects made
 * every later step pay the garbage collector for the whole heap (validation grew faster than the rows). */
export class EdgeListBuilder {
  readonly issues: ValidationIssue[] = [];
  private readonly nodes = new Map<string, { id: string; kind: string; name: string; aliases: string[]; line: number }>();
  private readonly ids: string[] = [];
  private readonly ends: string[] = [];
  private readonly types: string[] = [];
  private readonly since: (string | null | undefined)[] = [];
  private readonly until: (string | null | undefined)[] = [];
  private readonly propValues: (string | number | undefined)[][];
  private readonly lineNumbers: number[] = [];
  private readonly interned = new Map<string, string>();
  rows = 0;

  constructor(readonly mapping: EdgeListMapping) {
    this.propValues = mapping.props.map(() => []);
  }

  private intern<T extends string | null | undefined>(value: T): T {
    if (typeof value !== 'string') return value;
    const known = this.interned.get(value);
    if (known !== undefined) return known as T;
    if (this.interned.size < 100_000) this.interned.set(value, value);
    return value;
  }

  /** The columns the mapping needs; the caller checks them against the file's columns before the first row. */
  requiredColumns(): string[] {
    const m = this.mapping;
    return [m.sourceCol, m.targetCol, m.typeCol, m.sinceCol, m.untilCol, m.idCol, ...m.props].filter((c): c is string => !!c);
  }

  /** Adds one row; `line` is its line number in the file, for messages. */
  addRow(row: Record<string, string>, line: number): void {
    const m = this.mapping;
    const index = this.rows++;
    const record = `line ${line}`;
    const issue = (field: string, message: string) => this.issues.push({ file: m.file, record, field, message });
    const source = this.node(row[m.sourceCol] ?? '', line, m.sourceCol, issue);
    const target = this.node(row[m.targetCol] ?? '', line, m.targetCol, issue);
    const date = (col: string | undefined, fixed: string | undefined, format: DateFormat) => {
      if (!col) return fixed ?? null;
      const cell = row[col] ?? '';
      if (cell.trim() === '') return null;
      const converted = convertDate(cell, format);
      if (typeof converted === 'string') return converted;
      issue(col, converted.error);
      return undefined;
    };
    const since = date(m.sinceCol, m.since, m.sinceFormat);
    const until = date(m.untilCol, undefined, m.untilFormat);
    if (since === null) issue(m.sinceCol ?? 'since', 'is empty; every relationship needs a since date');
    m.props.forEach((col, i) => this.propValues[i]!.push((row[col] ?? '').trim() !== '' ? cellValue(row[col]!) : undefined));
    const content = [m.sourceCol, m.targetCol, ...Object.keys(row).sort()].map((k) => row[k]).join('\u001f');
    const id = m.idCol
      ? `${m.idPrefix}${slugify(row[m.idCol] ?? '')}`
      : `${m.idPrefix}r${createHash('sha1').update(`${index}\u001e${content}`).digest('hex').slice(0, 16)}`;
    this.ids.push(id);
    this.ends.push(source, target);
    this.types.push(this.intern(m.type ?? row[m.typeCol!] ?? ''));
    this.since.push(this.intern(since));
    this.until.push(this.intern(until));
    this.lineNumbers.push(line);
  }

  /** Relationship records `from` to `to` (exclusive) as the dataset holds them, with their names for messages. */
  relationships(from: number, to: number): { records: Record<string, unknown>[]; names: string[] } {
    const m = this.mapping;
    const records: Record<string, unknown>[] = [];
    const names: string[] = [];
    for (let i = from; i < Math.min(to, this.rows); i++) {
      const record = `line ${this.lineNumbers[i]}`;
      const properties: Record<string, string | number> = {};
      m.props.forEach((col, p) => {
        const value = this.propValues[p]![i];
        if (value !== undefined) properties[col] = value;
      });
      records.push({
        id: this.ids[i],
        source: this.ends[2 * i],
        target: this.ends[2 * i + 1],
        type: this.types[i],
        since: this.since[i] ?? '',
        until: this.until[i] ?? null,
        sources: [{ id: m.sourceId, pointer: record }],
        ...(m.props.length ? { properties } : {}),
      });
      names.push(record);
    }
    return { records, names };
  }

  private node(raw: string, line: number, col: string, issue: (field: string, message: string) => void): string {
    const name = raw.trim();
    const slug = slugify(name);
    if (!slug) {
      issue(col, `${JSON.stringify(raw)} cannot be a node id (it needs a letter or digit)`);
      return '';
    }
    const id = `${this.mapping.idPrefix}${slug}`;
    const seen = this.nodes.get(id);
    if (!seen) this.nodes.set(id, { id, kind: this.mapping.kind, name, aliases: [], line });
    else if (seen.name !== name)
      issue(
        col,
        `${JSON.stringify(name)} and ${JSON.stringify(seen.name)} (line ${seen.line}) both become node id "${id}"; make them differ in letters or digits`,
      );
    return id;
  }

  /** The node ids the rows refer to. */
  nodeIds(): string[] {
    return [...this.nodes.keys()];
  }

  /** The dataset; nodes in `existing` (already in the database) are referred to, not re-created. */
  build(existing: ReadonlySet<string> = new Set()): RawDataset {
    const head = this.head(existing);
    const all = this.relationships(0, this.rows);
    return { ...head, relationships: all.records, recordNames: { ...head.recordNames, relationships: all.names } };
  }

  /** The dataset without its relationships (read them in chunks with `relationships`). */
  head(existing: ReadonlySet<string> = new Set()): RawDataset {
    const m = this.mapping;
    const nodes = [...this.nodes.values()].filter((n) => !existing.has(n.id));
    const declared = [...new Set([m.type, ...m.newTypes].filter((t): t is string => !!t))];
    return {
      sources: [
        {
          id: m.sourceId,
          title: m.sourceTitle,
          publisher: 'imported file',
          date: m.sourceDate,
          language: 'und',
          url: null,
          file: m.file,
        },
      ],
      vocabulary: declared.map((type) => ({
        type,
        label: type.toLowerCase().replace(/_/g, ' '),
        description: `imported from ${m.file}`,
        category: m.category,
      })),
      nodes: nodes.map(({ line: _line, ...node }) => node),
      relationships: [],
      milestones: [],
      files: {
        sources: `${m.file} (--source-id)`,
        vocabulary: `${m.file} (--type/--new-types)`,
        nodes: m.file,
        relationships: m.file,
        milestones: m.file,
      },
      recordNames: { nodes: nodes.map((n) => `line ${n.line}`) },
    };
  }
}
