// The shapes every endpoint is built from (Node, Edge, SourceRef, Milestone, Vocabulary entry, Source, Problem), as zod
// schemas with their TypeScript types. The server maps rows into them, the OpenAPI document is generated from them and
// the client types its data with them (import type only: the client bundle carries no zod).
import { z } from 'zod';
import { isIsoDate } from './dates.js';
import { SCOPES, type Scope } from './scopes.js';
import { EdgeProps } from './presentation.js';

/** A calendar day YYYY-MM-DD (the form every date on the wire takes). */
export const IsoDay = z
  .string()
  .refine(isIsoDate, { error: 'must be a real calendar date YYYY-MM-DD' })
  .meta({ format: 'date', description: 'A calendar date YYYY-MM-DD' });
/** How much of a date the sources give: a partial date is sent as the first day of its year or month. */
export const Precision = z.enum(['year', 'month', 'day']);

/** How a date is known, beside its precision: null = as the sources give it; "by" = at an unknown time no later than
 * the date; "unstated" = the sources give no date (a start only; such a relationship is in no dated endpoint). */
export const DateQualifier = z.enum(['by', 'unstated']);
/** Where a relationship holds (labels in contract/scopes.ts); null = the whole relationship. */
export const ScopeName = z.enum(Object.keys(SCOPES) as [Scope, ...Scope[]]);
/** The fields of a record taken from context rather than read in the sources, each with how it was inferred. */
export const Inferred = z
  .array(z.object({ field: z.string(), note: z.string() }))
  .meta({ description: 'Fields inferred rather than stated by the sources (e.g. since, source, direction), each with a note' });

export const SourceRef = z
  .object({
    id: z.string(),
    pointer: z.string().meta({ description: 'Where in the source, e.g. "line 30"' }),
  })
  .meta({ id: 'SourceRef' });

export const Node = z
  .object({
    id: z.string(),
    name: z.string(),
    nameZh: z.string().nullable().meta({ description: 'The Chinese name; null when unknown (e.g. imported edge lists)' }),
    kind: z.string().meta({ description: 'Company, Platform, Regulator, …; other console nodes: their label' }),
    owner: z.string().nullable(),
    group: z
      .string()
      .meta({ description: "The id of the node's group in /api/timeline's grouping (colour and legend); a console node's label" }),
    aliases: z.array(z.string()),
    description: z.string().nullable(),
  })
  .meta({ id: 'Node' });

const edgeFields = {
  id: z.string(),
  source: z.string(),
  target: z.string(),
  type: z.string(),
  since: IsoDay,
  until: IsoDay.nullable(),
  sincePrecision: Precision.nullable(),
  untilPrecision: Precision.nullable(),
  status: z.string().nullable(),
  note: z.string().nullable(),
  sources: z.array(SourceRef),
  disputed: z
    .object({ field: z.string(), value: z.string().nullable(), source: z.string().nullable(), note: z.string().nullable() })
    .nullable(),
  // The audit fields (issue #15); this server always sends them, optional only so clients built before them still type-check.
  sinceQualifier: DateQualifier.nullable().optional(),
  untilQualifier: z
    .enum(['by'])
    .nullable()
    .optional()
    .meta({ description: '"by": ended at an unknown time no later than `until`; null: `until` is the end the sources give' }),
  scope: ScopeName.nullable().optional(),
  noteZh: z.string().nullable().optional(),
  inferred: Inferred.optional(),
  props: EdgeProps.optional(),
};
/** A dated relationship between two entities (OWNS, ISSUED_BY and CONCERNS are not edges). */
export const Edge = z.object(edgeFields).meta({ id: 'Edge' });
/** An edge of the console's graph: any relationship, so undated ones (OWNS) have a null `since`. */
export const ConsoleEdge = z.object({ ...edgeFields, since: IsoDay.nullable() }).meta({ id: 'ConsoleEdge' });

export const Milestone = z
  .object({
    id: z.string(),
    date: IsoDay.nullable(),
    datePrecision: Precision.nullable(),
    title: z.string(),
    titleZh: z.string().nullable(),
    note: z.string().nullable(),
    noteZh: z.string().nullable(),
    inferred: Inferred,
    regulator: z.string().nullable(),
    concerns: z.array(z.string()),
    sources: z.array(SourceRef),
  })
  .meta({ id: 'Milestone' });

export const VocabularyCategory = z.enum(['open', 'closed', 'regulatory', 'legal', 'commercial', 'ownership']);
export const Vocabulary = z
  .object({
    type: z.string(),
    label: z.string(),
    labelZh: z.string().nullable(),
    description: z.string(),
    category: VocabularyCategory,
  })
  .meta({ id: 'Vocabulary' });

export const Source = z
  .object({
    id: z.string(),
    title: z.string(),
    titleEn: z.string().nullable(),
    publisher: z.string(),
    date: IsoDay.nullable(),
    language: z.string(),
    url: z.string().nullable(),
    file: z.string().nullable(),
  })
  .meta({ id: 'Source' });

/** application/problem+json (RFC 9457) with Hulian's extension members. */
export const Problem = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    field: z.string().optional().meta({ description: 'The request field that was wrong (400)' }),
    reason: z.string().optional().meta({ description: 'Which rule refused or limited the request (403, 429, 503, 504)' }),
    retryAfter: z.number().int().optional(),
    position: z
      .object({ line: z.number().int(), column: z.number().int(), offset: z.number().int() })
      .optional()
      .meta({ description: "Where a console syntax error is, in the caller's own text" }),
    code: z.string().optional(),
    gqlStatus: z.string().optional(),
  })
  .meta({ id: 'Problem' });

export type Precision = z.infer<typeof Precision>;
export type SourceRef = z.infer<typeof SourceRef>;
export type Node = z.infer<typeof Node>;
export type Edge = z.infer<typeof Edge>;
export type ConsoleEdge = z.infer<typeof ConsoleEdge>;
export type Milestone = z.infer<typeof Milestone>;
export type Vocabulary = z.infer<typeof Vocabulary>;
export type Source = z.infer<typeof Source>;
export type Problem = z.infer<typeof Problem>;
