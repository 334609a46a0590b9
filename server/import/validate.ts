// Validates a whole dataset before anything is written. Every error names the file, the record and
// the field: unknown node ids, unknown types, bad or impossible dates, until before since, a date qualifier that does not
// fit its date, missing sources, duplicate ids, and (for the bundled data) missing Chinese names and notes.
import type { z } from 'zod';
import { parsePartialDate } from './dates.js';
import {
  milestoneSchema,
  NODE_KINDS,
  nodeSchema,
  relationshipSchema,
  sourceSchema,
  vocabularySchema,
  type Dataset,
} from './dataset-schema.js';

export interface ValidationIssue {
  file: string;
  record: string;
  field: string;
  message: string;
}

/** Thrown by the loader when a dataset has issues; nothing has been written. */
export class ValidationError extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super(
      `${issues.length} problem(s) found; nothing was written:\n${issues.slice(0, 50).map(formatIssue).join('\n')}` +
        (issues.length > 50 ? `\n… and ${issues.length - 50} more` : ''),
    );
  }
}

/** "data/relationships.json: record 3 (id "x"): field "since": … " */
export function formatIssue(issue: ValidationIssue): string {
  return `${issue.file}: ${issue.record}: field "${issue.field}": ${issue.message}`;
}

export type RawDataset = Record<keyof Dataset['files'], unknown[]> & {
  files: Dataset['files'];
  /** How to name each record in messages (e.g. "line 7" for a CSV row); default "record N". */
  recordNames?: Partial<Record<keyof Dataset['files'], string[]>>;
  /** The dataset's presentation (data/dataset.json: title, text, curated groups), unvalidated; checkPresentation checks it. */
  presentation?: { file: string; value: unknown };
};

export interface ValidateOptions {
  /** The bundled dataset requires a Chinese name on every node. */
  requireNameZh?: boolean;
  /** The bundled dataset requires a Chinese note (noteZh) on every relationship and milestone. */
  requireNoteZh?: boolean;
  /** Nodes already in the database (id → kind) that relationships, owners and milestones may refer to. */
  knownNodes?: ReadonlyMap<string, string>;
}

/** Relationship property names the loader writes itself; a user's `properties` may not use them. */
export const RESERVED_PROPERTIES = [
  'id',
  'since',
  'sincePrecision',
  'sinceQualifier',
  'until',
  'untilPrecision',
  'untilQualifier',
  'scope',
  'status',
  'note',
  'noteZh',
  'inferredFields',
  'inferredNotes',
  'sources',
  'sourcePointers',
  'disputedField',
  'disputedValue',
  'disputedSource',
  'disputedNote',
  'hulianImport',
] as const;

/** Checks shapes and cross-references; returns the typed dataset, or the issues found. */
export function validateDataset(raw: RawDataset, options: ValidateOptions = {}): { dataset: Dataset; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const label = (part: keyof Dataset['files'], index: number, record: unknown) => {
    const name = raw.recordNames?.[part]?.[index] ?? `record ${index + 1}`;
    const recordId = (record as { id?: unknown; type?: unknown })?.id ?? (record as { type?: unknown })?.type;
    return `${name}${recordId !== undefined ? ` (id ${JSON.stringify(recordId)})` : ''}`;
  };
  function parseAll<T>(part: keyof Dataset['files'], schema: z.ZodType<T>): T[] {
    const out: T[] = [];
    raw[part].forEach((record, index) => {
      const result = schema.safeParse(record);
      if (result.success) return void out.push(result.data);
      for (const issue of result.error.issues) {
        issues.push({
          file: raw.files[part],
          record: label(part, index, record),
          field: issue.path.join('.') || '(record)',
          message: issue.message,
        });
      }
    });
    return out;
  }
  const dataset: Dataset = {
    sources: parseAll('sources', sourceSchema),
    vocabulary: parseAll('vocabulary', vocabularySchema),
    nodes: parseAll('nodes', nodeSchema),
    relationships: parseAll('relationships', relationshipSchema),
    milestones: parseAll('milestones', milestoneSchema),
    files: raw.files,
  };
  const add = (part: keyof Dataset['files'], index: number, record: unknown, field: string, message: string) =>
    issues.push({ file: raw.files[part], record: label(part, index, record), field, message });

  const uniqueIds = (part: 'sources' | 'nodes' | 'relationships' | 'milestones') => {
    const seen = new Set<string>();
    dataset[part].forEach((record, index) => {
      if (seen.has(record.id)) add(part, index, record, 'id', `duplicate id "${record.id}"`);
      seen.add(record.id);
    });
    return seen;
  };
  const sourceIds = uniqueIds('sources');
  const fileNodeIds = uniqueIds('nodes');
  const nodeIds = new Set([...fileNodeIds, ...(options.knownNodes?.keys() ?? [])]);
  uniqueIds('relationships');
  uniqueIds('milestones');
  const types = new Set(dataset.vocabulary.map((v) => v.type));
  const kindOf = new Map([...(options.knownNodes ?? []), ...dataset.nodes.map((n) => [n.id, n.kind] as const)]);
  const checkDate = (part: keyof Dataset['files'], index: number, record: unknown, field: string, value: unknown) => {
    const parsed = parsePartialDate(value);
    if (typeof parsed === 'string') add(part, index, record, field, parsed);
    return typeof parsed === 'string' ? null : parsed;
  };
  const checkSources = (part: keyof Dataset['files'], index: number, record: unknown, refs: { id: string }[]) => {
    if (refs.length === 0) add(part, index, record, 'sources', 'has no source; every relationship needs at least one');
    refs.forEach((ref, i) => {
      if (!sourceIds.has(ref.id)) add(part, index, record, `sources.${i}.id`, `unknown source id "${ref.id}"`);
    });
  };

  dataset.sources.forEach((s, i) => checkDate('sources', i, s, 'date', s.date));
  dataset.nodes.forEach((node, i) => {
    if (!(NODE_KINDS as readonly string[]).includes(node.kind))
      add('nodes', i, node, 'kind', `unknown kind "${node.kind}"; use one of ${NODE_KINDS.join(', ')}`);
    if (options.requireNameZh && !node.nameZh) add('nodes', i, node, 'nameZh', 'is required (every node has a Chinese name)');
    if (node.owner && !nodeIds.has(node.owner)) add('nodes', i, node, 'owner', `unknown node id "${node.owner}"`);
    else if (node.owner && kindOf.get(node.owner) !== 'Company') add('nodes', i, node, 'owner', `"${node.owner}" is not a Company`);
  });
  dataset.relationships.forEach((rel, i) => {
    for (const end of ['source', 'target'] as const) {
      if (!nodeIds.has(rel[end])) add('relationships', i, rel, end, `unknown node id "${rel[end]}"`);
    }
    if (!types.has(rel.type))
      add(
        'relationships',
        i,
        rel,
        'type',
        `unknown relationship type "${rel.type}"; declare it in the vocabulary (known: ${[...types].join(', ')})`,
      );
    const unstated = rel.sinceQualifier === 'unstated';
    if (unstated && rel.since != null)
      add('relationships', i, rel, 'since', 'must be null when sinceQualifier is "unstated" (the sources give no date)');
    if (!unstated && rel.since == null)
      add('relationships', i, rel, 'since', 'is required; when the sources give no date, set it to null with sinceQualifier "unstated"');
    const since = rel.since == null ? null : checkDate('relationships', i, rel, 'since', rel.since);
    const until = rel.until == null ? null : checkDate('relationships', i, rel, 'until', rel.until);
    if (rel.untilQualifier === 'by' && rel.until == null)
      add('relationships', i, rel, 'untilQualifier', '"by" needs the date the relationship had ended by in `until`');
    if (options.requireNoteZh && !rel.noteZh) add('relationships', i, rel, 'noteZh', 'is required (every relationship has a Chinese note)');
    if (since && until && until.date < since.date) add('relationships', i, rel, 'until', `${rel.until} is before since ${rel.since}`);
    checkSources('relationships', i, rel, rel.sources);
    for (const key of Object.keys(rel.properties ?? {})) {
      if ((RESERVED_PROPERTIES as readonly string[]).includes(key))
        add('relationships', i, rel, `properties.${key}`, `"${key}" is written by the loader itself; rename this property`);
    }
    if (rel.untilBasis && !rel.sources.some((s) => s.id === rel.untilBasis!.source))
      add('relationships', i, rel, 'untilBasis.source', `"${rel.untilBasis.source}" is not one of this record's sources`);
    if (rel.untilBasis && rel.until == null)
      add('relationships', i, rel, 'untilBasis', 'gives the passage for an end, but `until` is empty');
    if (rel.disagreement && !sourceIds.has(rel.disagreement.source))
      add('relationships', i, rel, 'disagreement.source', `unknown source id "${rel.disagreement.source}"`);
  });
  dataset.milestones.forEach((m, i) => {
    checkDate('milestones', i, m, 'date', m.date);
    if (options.requireNoteZh && !m.noteZh) add('milestones', i, m, 'noteZh', 'is required (every milestone has a Chinese note)');
    if (m.regulator && !nodeIds.has(m.regulator)) add('milestones', i, m, 'regulator', `unknown node id "${m.regulator}"`);
    m.concerns.forEach((c, j) => {
      if (!nodeIds.has(c)) add('milestones', i, m, `concerns.${j}`, `unknown node id "${c}"`);
    });
    checkSources('milestones', i, m, m.sources);
  });
  return { dataset, issues };
}
