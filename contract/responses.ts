// The 200 answer of every /api endpoint, as zod schemas built from shapes.ts, with their TypeScript types.
// /api/timeline sends its edges compactly (EdgeRows: one `fields` header in EDGE_FIELDS order, one row per Edge).
import { z } from 'zod';
import { EDGE_FIELDS } from './edge-fields.js';
import { LensSummary } from './lens.js';
import { CompareAnswer, HistogramAnswer, ViewAnswer } from './views.js';
import { DatasetInfo, EdgeProps, Grouping } from './presentation.js';
import { ConsoleEdge, DateQualifier, Edge, Inferred, IsoDay, Milestone, Node, Precision, ScopeName, Source, Vocabulary } from './shapes.js';

const int = () => z.number().int();

/** /api/timeline's edges: one header of field names and one row of values per Edge. */
export const EdgeRows = z
  .object({
    fields: z.array(z.enum(EDGE_FIELDS)).meta({ description: 'The field names, in the order of the values in each row' }),
    rows: z
      .array(
        z.tuple([
          z.string(),
          z.string(),
          z.string(),
          z.string(),
          IsoDay,
          IsoDay.nullable(),
          Precision.nullable(),
          Precision.nullable(),
          z.string().nullable(),
          z.string().nullable(),
          z.array(z.tuple([z.string(), z.string()])),
          Edge.shape.disputed,
          DateQualifier.nullable(),
          z.enum(['by']).nullable(),
          ScopeName.nullable(),
          z.string().nullable(),
          Inferred,
          EdgeProps,
        ]),
      )
      .meta({ description: 'One row per Edge, values in `fields` order; `sources` as [id, pointer] pairs' }),
  })
  .meta({ id: 'EdgeRows' });

export const YearRange = z.object({ from: int(), to: int() });
export const YearCount = z.object({ year: int(), began: int(), ended: int(), inForce: int() });
const graph = z.object({ nodes: z.array(Node), edges: z.array(Edge) });
export const Path = z.object({ nodes: z.array(z.string()), edges: z.array(Edge) });
export const SearchHit = Node.extend({ score: z.number(), matched: z.enum(['name', 'nameZh', 'alias']) });
export const CatalogQuery = z.object({
  id: z.string(),
  title: z.string(),
  titleZh: z.string(),
  cypher: z.string(),
  params: z.array(z.object({ name: z.string(), type: z.enum(['date', 'string', 'integer']), default: z.union([z.string(), z.number()]) })),
});

/** Each endpoint's 200 body. */
export const responses = {
  health: z.object({ status: z.literal('ok'), uptimeS: z.number() }),
  ready: z.object({
    status: z.literal('ready'),
    neo4j: z.object({ version: z.string(), edition: z.string() }),
    database: z.string(),
    mode: z
      .enum(['hulian', 'foreign'])
      .meta({ description: "hulian: a database Hulian created (schema, seed, importer); foreign: someone else's, read-only" }),
    lens: LensSummary,
  }),
  graph: graph.extend({ at: IsoDay }),
  timeline: z.object({
    range: YearRange.nullable().meta({ description: 'First and last year of the data; null when there is none' }),
    nodes: z.array(Node),
    edges: EdgeRows,
    milestones: z.array(Milestone),
    vocabulary: z.array(Vocabulary),
    sources: z.array(Source),
    years: z.array(YearCount),
    positions: z
      .record(z.string(), z.tuple([int(), int()]))
      .nullable()
      .meta({ description: '[x, y] per node id: a seeded ForceAtlas2 layout of the union network; null when there are no nodes' }),
    dataset: DatasetInfo,
    grouping: Grouping,
  }),
  diff: z.object({
    from: IsoDay,
    to: IsoDay,
    added: z.array(Edge),
    ended: z.array(Edge),
    unchanged: z.array(Edge),
    counts: z.object({ added: int(), ended: int(), unchanged: int() }),
  }),
  search: z.object({ q: z.string(), results: z.array(SearchHit) }),
  node: z.object({
    node: Node,
    owner: Node.nullable(),
    owns: z.array(Node),
    relationships: z
      .array(Edge.extend({ direction: z.enum(['out', 'in']), other: Node }))
      .meta({ description: 'The latest-starting relationships, at most 500, oldest first' }),
    relationshipCount: int().meta({ description: 'How many relationships the node has over time (all of them, listed or not)' }),
    milestones: z.array(Milestone),
  }),
  neighbors: graph.extend({
    at: IsoDay,
    center: z.string(),
    truncated: z.boolean().meta({ description: 'True when the neighbourhood held more than the 2,000 relationships returned' }),
  }),
  paths: z.object({ at: IsoDay, from: z.string(), to: z.string(), paths: z.array(Path) }),
  earliest: z.object({
    from: z.string(),
    to: z.string(),
    date: IsoDay.nullable(),
    path: Path.nullable(),
    exhaustive: z
      .boolean()
      .meta({ description: 'False when the search stopped at its bound (walks weighed) before it could rule out an earlier day' }),
  }),
  stats: z.object({
    years: z.array(
      z.object({
        year: int(),
        inForceByType: z.record(z.string(), int()),
        began: int(),
        ended: int(),
        openness: z.number().nullable(),
        topNodes: z.array(z.object({ id: z.string(), name: z.string(), nameZh: z.string().nullable(), degree: int() })),
      }),
    ),
    /** Null when the data's vocabulary defines no open and closed types: the index is then null every year. */
    openness: z.object({ definition: z.string() }).nullable(),
  }),
  queries: z.object({ queries: z.array(CatalogQuery) }),
  histogram: HistogramAnswer,
  view: ViewAnswer,
  compare: CompareAnswer,
  cypher: z.object({
    columns: z.array(z.string()),
    rows: z.array(z.record(z.string(), z.unknown())),
    truncated: z.boolean(),
    truncatedBy: z
      .enum(['rows', 'bytes'])
      .nullable()
      .meta({ description: 'Which limit cut the answer short: the row cap or the byte budget' }),
    rowLimit: int(),
    maxBytes: int(),
    timing: z.object({ ms: z.number() }),
    graph: z.object({ nodes: z.array(Node), edges: z.array(ConsoleEdge) }),
  }),
};

export type YearRange = z.infer<typeof YearRange>;
export type YearCount = z.infer<typeof YearCount>;
export type Path = z.infer<typeof Path>;
export type SearchHit = z.infer<typeof SearchHit>;
export type CatalogQuery = z.infer<typeof CatalogQuery>;
/** An endpoint, named by its key in `responses`. */
export type Endpoint = keyof typeof responses;
/** The 200 body of an endpoint: Answer<'graph'>, Answer<'timeline'>, … */
export type Answer<E extends Endpoint> = z.infer<(typeof responses)[E]>;
