// The zod schemas of every endpoint's query string, path parameters and body. Routes validate with these and
// server/openapi builds the OpenAPI document from the very same objects, so the two cannot drift.
import { z } from 'zod';
import { dateParam, idParam, intParam, typesParam } from './params.js';

export const graphQuery = z.object({
  at: dateParam('at'),
  include: z
    .enum(['all'], { error: '`include` must be "all" or left out' })
    .optional()
    .meta({ description: '"all" returns every node, not only those in an edge in force' }),
});
export const diffQuery = z
  .object({ from: dateParam('from'), to: dateParam('to') })
  .refine(({ from, to }) => from <= to, { path: ['from'], error: '`from` must not be later than `to`: swap the two dates' });
export const searchQuery = z.object({
  q: z
    .string({ error: '`q` must be the text to search for' })
    .trim()
    .min(1, { error: '`q` must be the text to search for (1 to 100 characters)' })
    .max(100, { error: '`q` must be the text to search for (1 to 100 characters)' }),
  limit: intParam('limit', 1, 50, 10),
});
export const nodePath = z.object({ id: idParam('id') });
export const neighborsQuery = z.object({ at: dateParam('at'), depth: intParam('depth', 1, 3, 1), types: typesParam });
export const pathsQuery = z.object({
  from: idParam('from'),
  to: idParam('to'),
  at: dateParam('at'),
  maxHops: intParam('maxHops', 1, 6, 4),
  types: typesParam,
});
export const earliestQuery = z.object({
  from: idParam('from'),
  to: idParam('to'),
  maxHops: intParam('maxHops', 1, 6, 4),
  types: typesParam,
});

const CONSOLE_QUERY_MAX = 20_000;
export const cypherBody = z.object(
  {
    query: z
      .string({ error: '`query` must be a Cypher statement (text)' })
      .min(1, { error: '`query` must not be empty' })
      .max(CONSOLE_QUERY_MAX, { error: `\`query\` must be at most ${CONSOLE_QUERY_MAX} characters` }),
    params: z
      .record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'parameter names must be identifiers' }), z.json(), {
        error: '`params` must be an object of parameter values',
      })
      .optional()
      .default({}),
  },
  { error: 'The body must be a JSON object { query, params? }' },
);

export const exportQuery = z.object({
  at: dateParam('at').optional().meta({ description: 'Only the relationships in force on this day; every one when left out' }),
  format: z
    .enum(['csv', 'ndjson'], { error: '`format` must be "csv" or "ndjson"' })
    .optional()
    .default('csv')
    .meta({ description: 'csv (one relationship a line, props as JSON) or ndjson (one Edge object a line)' }),
});
