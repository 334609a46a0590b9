// The shape of a Hulian dataset (the bundled data/ files, or a user's JSON import), as zod schemas.
// Cross-record checks (references, dates and their qualifiers, duplicates) live in validate.ts.
import { z } from 'zod';
import { isScope, SCOPES } from '../../contract/scopes.js';
import { DATE_QUALIFIERS } from './dates.js';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a kebab-case id (a-z, 0-9, -)');
const partialDate = z.string();
const sourceRef = z.object({ id, pointer: z.string().min(1) });
const scope = z
  .string()
  .refine(isScope, { message: `must be one of ${Object.keys(SCOPES).join(', ')} (or null for the whole relationship)` });

/** The fields of a record whose value may be inferred rather than stated by the sources. */
const INFERABLE_FIELDS = {
  relationships: ['since', 'until', 'source', 'target', 'direction', 'type'],
  milestones: ['date', 'regulator', 'concerns'],
  nodes: ['owner'],
} as const;
/** Each field of the record taken from context rather than read in the sources, with how it was inferred. */
const inferredFields = <F extends string>(fields: readonly [F, ...F[]]) =>
  z.array(z.object({ field: z.enum(fields), note: z.string().min(1) })).default([]);

export const sourceSchema = z.object({
  id,
  title: z.string().min(1),
  titleEn: z.string().optional(),
  publisher: z.string().min(1),
  date: partialDate,
  language: z.enum(['zh', 'en']).or(z.string().min(2)),
  url: z.string().url().nullable().optional(),
  file: z.string().optional(),
});

export const vocabularySchema = z.object({
  type: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be UPPER_SNAKE_CASE'),
  label: z.string().min(1),
  labelZh: z.string().optional(),
  description: z.string().min(1),
  category: z.enum(['open', 'closed', 'regulatory', 'ownership', 'legal', 'commercial']),
});

export const nodeSchema = z.object({
  id,
  kind: z.string(),
  name: z.string().min(1),
  nameZh: z.string().min(1).optional(),
  aliases: z.array(z.string()).default([]),
  /** Other spellings found in the sources (machine-reworded or mistranslated) that search matches but nothing displays. */
  searchKeys: z.array(z.string()).default([]),
  owner: id.nullable().optional(),
  description: z.string().optional(),
  inferred: inferredFields(INFERABLE_FIELDS.nodes),
});

export const relationshipSchema = z.object({
  id,
  source: id,
  target: id,
  type: z.string(),
  since: partialDate.nullable().optional(),
  sinceQualifier: z.enum(DATE_QUALIFIERS).nullable().optional(),
  until: partialDate.nullable().optional(),
  untilQualifier: z.enum(['by']).nullable().optional(),
  /** The passage that gives the end: one of the record's sources, a pointer into it and the words quoted verbatim. */
  untilBasis: z
    .object({ source: id, pointer: z.string().min(1), quote: z.string().min(1) })
    .nullable()
    .optional(),
  scope: scope.nullable().optional(),
  status: z.string().nullable().optional(),
  note: z.string().optional(),
  noteZh: z.string().min(1).optional(),
  inferred: inferredFields(INFERABLE_FIELDS.relationships),
  sources: z.array(sourceRef),
  disagreement: z.object({ source: id, field: z.string(), value: z.string(), note: z.string().optional() }).nullable().optional(),
  properties: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), z.union([z.string(), z.number(), z.boolean()])).optional(),
});

export const milestoneSchema = z.object({
  id,
  date: partialDate,
  title: z.string().min(1),
  titleZh: z.string().min(1),
  regulator: id.nullable().optional(),
  concerns: z.array(id).default([]),
  note: z.string().optional(),
  noteZh: z.string().min(1).optional(),
  inferred: inferredFields(INFERABLE_FIELDS.milestones),
  sources: z.array(sourceRef).min(1, 'needs at least one source'),
});

type SourceRecord = z.infer<typeof sourceSchema>;
export type VocabularyRecord = z.infer<typeof vocabularySchema>;
type NodeRecord = z.infer<typeof nodeSchema>;
type RelationshipRecord = z.infer<typeof relationshipSchema>;
type MilestoneRecord = z.infer<typeof milestoneSchema>;

/** A whole dataset; `files` names where each part came from, for error messages. */
export interface Dataset {
  sources: SourceRecord[];
  vocabulary: VocabularyRecord[];
  nodes: NodeRecord[];
  relationships: RelationshipRecord[];
  milestones: MilestoneRecord[];
  files: Record<'sources' | 'vocabulary' | 'nodes' | 'relationships' | 'milestones', string>;
}

/** Node kinds a dataset may use; each becomes a label beside :Entity, so it must come from this list. */
export const NODE_KINDS = ['Company', 'Platform', 'Regulator', 'Person', 'Organization', 'Node'] as const;
