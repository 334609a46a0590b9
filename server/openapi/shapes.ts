// Zod descriptions of the API's response shapes (docs/api.md "Shared shapes"), used only to document responses
// in the OpenAPI document; requests are described by the schemas the routes validate with (http/requests.ts).
import { z } from 'zod';
import { EDGE_FIELDS } from '../services/timeline-wire.js';

const day = z.string().meta({ format: 'date' });
const sourceRef = z.object({ id: z.string(), pointer: z.string() });

export const Node = z.object({
  id: z.string(), name: z.string(), nameZh: z.string().nullable(), kind: z.string(), owner: z.string().nullable(),
  group: z.string(), aliases: z.array(z.string()), description: z.string().nullable(),
}).meta({ id: 'Node' });
export const Edge = z.object({
  id: z.string(), source: z.string(), target: z.string(), type: z.string(), since: day.nullable(), until: day.nullable(),
  sincePrecision: z.enum(['year', 'month', 'day']).nullable(), untilPrecision: z.enum(['year', 'month', 'day']).nullable(),
  status: z.string().nullable(), note: z.string().nullable(), sources: z.array(sourceRef),
  disputed: z.object({ field: z.string(), value: z.string().nullable(), source: z.string().nullable(), note: z.string().nullable() }).nullable(),
}).meta({ id: 'Edge' });
export const Milestone = z.object({
  id: z.string(), date: day.nullable(), datePrecision: z.string().nullable(), title: z.string(), titleZh: z.string().nullable(),
  note: z.string().nullable(), regulator: z.string().nullable(), concerns: z.array(z.string()), sources: z.array(sourceRef),
}).meta({ id: 'Milestone' });
export const Vocabulary = z.object({
  type: z.string(), label: z.string(), labelZh: z.string().nullable(), description: z.string(),
  category: z.enum(['open', 'closed', 'regulatory', 'legal', 'commercial', 'ownership']),
}).meta({ id: 'Vocabulary' });
export const Source = z.object({
  id: z.string(), title: z.string(), titleEn: z.string().nullable(), publisher: z.string(), date: day.nullable(),
  language: z.string(), url: z.string().nullable(), file: z.string().nullable(),
}).meta({ id: 'Source' });
export const Problem = z.object({
  type: z.string(), title: z.string(), status: z.number().int(), detail: z.string(), instance: z.string().optional(),
  field: z.string().optional(), reason: z.string().optional(), retryAfter: z.number().int().optional(),
  position: z.object({ line: z.number().int(), column: z.number().int(), offset: z.number().int() }).optional(),
}).meta({ id: 'Problem' });

const precision = z.enum(['year', 'month', 'day']).nullable();
/** /api/timeline's edges: one header of field names and one row of values per Edge (docs/api.md "Timeline edges"). */
export const EdgeRows = z.object({
  fields: z.array(z.enum(EDGE_FIELDS)).meta({ description: 'The field names, in the order of the values in each row' }),
  rows: z.array(z.tuple([
    z.string(), z.string(), z.string(), z.string(), day.nullable(), day.nullable(), precision, precision, z.string().nullable(),
    z.string().nullable(), z.array(z.tuple([z.string(), z.string()])), Edge.shape.disputed,
  ])).meta({ description: 'One row per Edge, values in `fields` order; `sources` as [id, pointer] pairs' }),
}).meta({ id: 'EdgeRows' });

const path = z.object({ nodes: z.array(z.string()), edges: z.array(Edge) });
const graph = z.object({ nodes: z.array(Node), edges: z.array(Edge) });

export const responses = {
  health: z.object({ status: z.literal('ok'), uptimeS: z.number() }),
  ready: z.object({ status: z.literal('ready'), neo4j: z.object({ version: z.string(), edition: z.string() }), database: z.string() }),
  graph: graph.extend({ at: day }),
  timeline: graph.extend({
    edges: EdgeRows,
    positions: z.record(z.string(), z.tuple([z.number().int(), z.number().int()])).nullable()
      .meta({ description: '[x, y] per node id from 500 nodes on; null for smaller networks' }),
    range: z.object({ from: z.number().int(), to: z.number().int() }).nullable(), milestones: z.array(Milestone),
    vocabulary: z.array(Vocabulary), sources: z.array(Source),
    years: z.array(z.object({ year: z.number().int(), began: z.number().int(), ended: z.number().int(), inForce: z.number().int() })),
  }),
  diff: z.object({
    from: day, to: day, added: z.array(Edge), ended: z.array(Edge), unchanged: z.array(Edge),
    counts: z.object({ added: z.number().int(), ended: z.number().int(), unchanged: z.number().int() }),
  }),
  search: z.object({ q: z.string(), results: z.array(Node.extend({ score: z.number(), matched: z.enum(['name', 'nameZh', 'alias']) })) }),
  node: z.object({
    node: Node, owner: Node.nullable(), owns: z.array(Node),
    relationships: z.array(Edge.extend({ direction: z.enum(['out', 'in']), other: Node })), milestones: z.array(Milestone),
  }),
  neighbors: graph.extend({ at: day, center: z.string() }),
  paths: z.object({ at: day, from: z.string(), to: z.string(), paths: z.array(path) }),
  earliest: z.object({ from: z.string(), to: z.string(), date: day.nullable(), path: path.nullable() }),
  stats: z.object({
    years: z.array(z.object({
      year: z.number().int(), inForceByType: z.record(z.string(), z.number().int()), began: z.number().int(), ended: z.number().int(),
      openness: z.number().nullable(),
      topNodes: z.array(z.object({ id: z.string(), name: z.string(), nameZh: z.string().nullable(), degree: z.number().int() })),
    })),
    openness: z.object({ definition: z.string() }),
  }),
  queries: z.object({
    queries: z.array(z.object({
      id: z.string(), title: z.string(), titleZh: z.string(), cypher: z.string(),
      params: z.array(z.object({ name: z.string(), type: z.enum(['date', 'string', 'integer']), default: z.union([z.string(), z.number()]) })),
    })),
  }),
  cypher: z.object({
    columns: z.array(z.string()), rows: z.array(z.record(z.string(), z.unknown())), truncated: z.boolean(),
    truncatedBy: z.enum(['rows', 'bytes']).nullable().meta({ description: 'Which limit cut the answer short: the row cap or the byte budget' }),
    rowLimit: z.number().int(), maxBytes: z.number().int(),
    timing: z.object({ ms: z.number() }), graph,
  }),
};
