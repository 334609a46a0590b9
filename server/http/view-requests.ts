// The query strings of the views computed in Neo4j (GET /api/view), validated with zod like requests.ts; the OpenAPI
// document is built from the same object.
import { z } from 'zod';
import { dateParam, intParam } from './params.js';

/** The largest budget a view may ask for: what a browser draws fluently. */
const VIEW_BUDGET_MAX = 5_000;

export const viewQuery = z
  .object({
    at: dateParam('at'),
    after: dateParam('after'),
    mode: z.enum(['asof', 'window'], { error: '`mode` must be "asof" or "window"' }).default('window'),
    budget: intParam('budget', 1, VIEW_BUDGET_MAX, 2_000),
  })
  .refine(({ after, at }) => after < at, { path: ['after'], error: '`after` must be earlier than `at`' });
