// Builds the OpenAPI 3.1 document from the zod schemas the routes validate requests with and the contract's response
// schemas (contract/), so the description cannot drift from what the server accepts and sends.
import { z } from 'zod';
import * as requests from '../http/requests.js';
import { compareQuery, viewQuery } from '../http/view-requests.js';
import type { Endpoint } from '../../contract/responses.js';
import { SaveLensRequest } from '../../contract/lens.js';
import { componentSchemas, responseSchemaName, schemaRef } from './components.js';

interface Operation {
  method: 'get' | 'post' | 'put';
  path: string;
  summary: string;
  query?: z.ZodObject;
  pathParams?: z.ZodObject;
  body?: z.ZodType;
  response: Endpoint;
  errors: number[];
}

const OPERATIONS: Operation[] = [
  { method: 'get', path: '/api/health', summary: 'Liveness; never touches Neo4j', response: 'health', errors: [503] },
  { method: 'get', path: '/api/ready', summary: 'Readiness: Neo4j version and edition', response: 'ready', errors: [429, 503] },
  {
    method: 'put',
    path: '/api/lens',
    summary:
      "Foreign database only: save the lens chosen in the page (discovery's choices decided, or a whole lens) in Hulian's state folder; answers as /api/ready",
    body: SaveLensRequest,
    response: 'ready',
    errors: [400, 409, 429, 503],
  },
  {
    method: 'get',
    path: '/api/graph',
    summary: 'The network in force on a day',
    query: requests.graphQuery,
    response: 'graph',
    errors: [400, 409, 429, 503, 504],
  },
  {
    method: 'get',
    path: '/api/timeline',
    summary: 'The whole temporal network for replay (brotli or gzip, weak ETag, 304 on If-None-Match); 409 above WHOLE_TIMELINE_MAX',
    response: 'timeline',
    errors: [409, 429, 503, 504],
  },
  {
    method: 'get',
    path: '/api/histogram',
    summary:
      'Relationships per time bucket, counted in Neo4j, and whether the page replays the whole timeline or asks for one view per step (202 with Retry-After while a large network is first prepared)',
    response: 'histogram',
    errors: [429, 503, 504],
  },
  {
    method: 'get',
    path: '/api/view',
    summary:
      'One date or window of any network, computed in Neo4j: exact counts, and at most `budget` relationships of its most active nodes',
    query: viewQuery,
    response: 'view',
    errors: [400, 404, 429, 503, 504],
  },
  {
    method: 'get',
    path: '/api/compare',
    summary:
      'Two dates of any network, computed in Neo4j: counts of relationships (as of) or node pairs (window mode) added, ended and persisted, and the top changes within `budget`',
    query: compareQuery,
    response: 'compare',
    errors: [400, 404, 429, 503, 504],
  },
  {
    method: 'get',
    path: '/api/diff',
    summary: 'Relationships added, ended and unchanged between two days',
    query: requests.diffQuery,
    response: 'diff',
    errors: [400, 409, 429, 503, 504],
  },
  {
    method: 'get',
    path: '/api/nodes',
    summary: 'Ranked search over name, nameZh and aliases',
    query: requests.searchQuery,
    response: 'search',
    errors: [400, 429, 503, 504],
  },
  {
    method: 'get',
    path: '/api/nodes/{id}',
    summary: 'One entity with its owner, holdings, relationships over time and milestones',
    pathParams: requests.nodePath,
    response: 'node',
    errors: [400, 404, 429, 503, 504],
  },
  {
    method: 'get',
    path: '/api/nodes/{id}/neighbors',
    summary: 'Neighbourhood of an entity on a day',
    pathParams: requests.nodePath,
    query: requests.neighborsQuery,
    response: 'neighbors',
    errors: [400, 404, 429, 503, 504],
  },
  {
    method: 'get',
    path: '/api/paths',
    summary: 'All shortest undirected paths in force on a day',
    query: requests.pathsQuery,
    response: 'paths',
    errors: [400, 404, 429, 503, 504],
  },
  {
    method: 'get',
    path: '/api/paths/earliest',
    summary: 'The earliest day two entities became connected, with that path',
    query: requests.earliestQuery,
    response: 'earliest',
    errors: [400, 404, 429, 503, 504],
  },
  {
    method: 'get',
    path: '/api/stats',
    summary: 'Per-year counts, openness index and most-connected nodes',
    response: 'stats',
    errors: [409, 429, 503, 504],
  },
  {
    method: 'get',
    path: '/api/queries',
    summary: 'Catalog of sample questions with Cypher and parameter defaults',
    response: 'queries',
    errors: [],
  },
  {
    method: 'post',
    path: '/api/cypher',
    summary: 'Read-only Cypher console (guarded, timed out, row-capped, rate-limited)',
    body: requests.cypherBody,
    response: 'cypher',
    errors: [400, 403, 413, 429, 503, 504],
  },
];

const inputSchema = (schema: z.ZodType) => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
    reused: 'inline',
  }) as Record<string, unknown>;
  return rest;
};

function parameters(schema: z.ZodObject | undefined, where: 'query' | 'path') {
  if (!schema) return [];
  const json = inputSchema(schema) as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
    schema: property,
  }));
}

function operation(op: Operation) {
  const errorResponses = Object.fromEntries(
    op.errors.map((status) => [
      String(status),
      {
        description:
          status === 429
            ? 'Problem (429): too busy or rate-limited; retry after the Retry-After header (seconds)'
            : status === 503
              ? 'Problem (503): Neo4j unavailable (or the server is shutting down); retry after Retry-After'
              : `Problem (${status})`,
        content: { 'application/problem+json': { schema: schemaRef('Problem') } },
      },
    ]),
  );
  return {
    summary: op.summary,
    operationId: `${op.method}${op.path.replace(/[^A-Za-z]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
    parameters: [...parameters(op.pathParams, 'path'), ...parameters(op.query, 'query')],
    ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: inputSchema(op.body) } } } } : {}),
    responses: {
      200: { description: 'OK', content: { 'application/json': { schema: schemaRef(responseSchemaName(op.response)) } } },
      ...(op.path === '/api/timeline' ? { 304: { description: 'Not modified (If-None-Match matched the ETag)' } } : {}),
      ...errorResponses,
    },
  };
}

/** The OpenAPI 3.1 document for every /api endpoint. */
export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) (paths[op.path] ??= {})[op.method] = operation(op);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Hulian (互联) API',
      version: '0.1.0',
      description:
        'Temporal graph of Chinese internet platforms, owners and regulators. The shapes are defined once in contract/ (zod); see docs/api.md.',
    },
    servers: [{ url: '/' }],
    paths,
    components: { schemas: componentSchemas() },
  };
}
