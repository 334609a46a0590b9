// server/openapi/document.ts: the OpenAPI document carries the contract's schemas as components, each with the fields
// the contract gives it, every endpoint answers with its own component, and every $ref resolves.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { EDGE_FIELDS } from '../../contract/edge-fields.js';
import { EdgeRows, responses } from '../../contract/responses.js';
import { ConsoleEdge, Edge, Milestone, Node, Problem, Source, SourceRef, Vocabulary } from '../../contract/shapes.js';
import { openApiDocument } from '../../server/openapi/document.js';

type JsonSchema = {
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  type?: string | string[];
  enum?: unknown[];
  items?: JsonSchema;
  $ref?: string;
};
type Operation = { responses: Record<number, { content: Record<string, { schema: JsonSchema }> }> };
const document = openApiDocument() as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema> };
};
const component = (name: string) => document.components.schemas[name]!;
const fieldsOf = (schema: z.ZodObject) => Object.keys(schema.shape).sort();
/** The types a property allows, null included, whether written as a type list or as anyOf. */
const typesOf = (property: JsonSchema): string[] =>
  (property.anyOf ? property.anyOf.flatMap(typesOf) : [property.type ?? []].flat()).sort();

/** Which component each endpoint answers with, written out by hand. */
const ANSWERS: [string, string, string, z.ZodObject][] = [
  ['get', '/api/health', 'HealthResponse', responses.health],
  ['get', '/api/ready', 'ReadyResponse', responses.ready],
  ['get', '/api/graph', 'GraphResponse', responses.graph],
  ['get', '/api/timeline', 'TimelineResponse', responses.timeline],
  ['get', '/api/diff', 'DiffResponse', responses.diff],
  ['get', '/api/nodes', 'SearchResponse', responses.search],
  ['get', '/api/nodes/{id}', 'NodeResponse', responses.node],
  ['get', '/api/nodes/{id}/neighbors', 'NeighborsResponse', responses.neighbors],
  ['get', '/api/paths', 'PathsResponse', responses.paths],
  ['get', '/api/paths/earliest', 'EarliestResponse', responses.earliest],
  ['get', '/api/stats', 'StatsResponse', responses.stats],
  ['get', '/api/queries', 'QueriesResponse', responses.queries],
  ['post', '/api/cypher', 'CypherResponse', responses.cypher],
];

describe('openApiDocument', () => {
  it('should hold every shared shape of the contract as a component with exactly its fields, required as the contract says', () => {
    const shapes = { Node, Edge, ConsoleEdge, SourceRef, Milestone, Vocabulary, Source, Problem, EdgeRows };
    for (const [name, schema] of Object.entries(shapes)) {
      expect(Object.keys(component(name).properties ?? {}).sort(), name).toEqual(fieldsOf(schema));
      const required = Object.entries(schema.shape)
        .filter(([, field]) => !(field as z.ZodType).safeParse(undefined).success)
        .map(([key]) => key);
      expect((component(name).required ?? []).sort(), name).toEqual(required.sort());
    }
  });

  it("should answer each endpoint with its own response component, holding the fields of the contract's answer", () => {
    for (const [method, path, name, schema] of ANSWERS) {
      expect(document.paths[path]?.[method]?.responses[200]?.content['application/json']?.schema, path).toEqual({
        $ref: `#/components/schemas/${name}`,
      });
      expect(Object.keys(component(name).properties ?? {}).sort(), name).toEqual(fieldsOf(schema));
    }
  });

  it('should resolve every $ref in the document to a component', () => {
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(ANSWERS.length);
    for (const name of refs) expect(document.components.schemas, name).toHaveProperty([name]);
  });

  it('should say nameZh may be null, since is required of an Edge but not of a console edge, and how a console answer is cut', () => {
    expect(typesOf(component('Node').properties!.nameZh!)).toEqual(['null', 'string']);
    expect(typesOf(component('Edge').properties!.since!)).toEqual(['string']);
    expect(typesOf(component('ConsoleEdge').properties!.since!)).toEqual(['null', 'string']);
    const truncatedBy = component('CypherResponse').properties!.truncatedBy!;
    expect(truncatedBy.anyOf?.flatMap((s) => s.enum ?? []).sort()).toEqual(['bytes', 'rows']);
    expect(typesOf(truncatedBy)).toContain('null');
    expect(component('EdgeRows').properties!.fields!.items!.enum).toEqual([...EDGE_FIELDS]);
  });
});
