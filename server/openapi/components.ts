// The OpenAPI document's components.schemas, generated from contract/: each shared shape under its own name and each
// endpoint's answer as <Endpoint>Response, referring to one another by $ref (z.toJSONSchema over one registry).
import { z } from 'zod';
import { EdgeRows, responses, type Endpoint } from '../../contract/responses.js';
import { DatasetInfo, EdgeProps, GroupInfo, Grouping } from '../../contract/presentation.js';
import { ConsoleEdge, Edge, Milestone, Node, Problem, Source, SourceRef, Vocabulary } from '../../contract/shapes.js';

/** The contract's shared shapes, by the name they have in the document. */
const SHAPES = {
  Node,
  Edge,
  ConsoleEdge,
  SourceRef,
  Milestone,
  Vocabulary,
  Source,
  Problem,
  EdgeRows,
  EdgeProps,
  DatasetInfo,
  GroupInfo,
  Grouping,
};

/** The component name of an endpoint's answer: graph → GraphResponse. */
export const responseSchemaName = (endpoint: Endpoint): string => `${endpoint[0]!.toUpperCase()}${endpoint.slice(1)}Response`;

/** A JSON Schema reference to a component schema. */
export const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** Every shared shape and every endpoint's answer as JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1). */
export function componentSchemas(): Record<string, Record<string, unknown>> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(SHAPES)) registry.add(schema, { id });
  for (const [endpoint, schema] of Object.entries(responses)) registry.add(schema, { id: responseSchemaName(endpoint as Endpoint) });
  const { schemas } = z.toJSONSchema(registry, {
    io: 'output',
    target: 'draft-2020-12',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [id, schema]));
}
