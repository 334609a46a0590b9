// The query strings of the views computed in Neo4j (GET /api/view, GET /api/compare), validated with zod like requests.ts; the OpenAPI
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

export const compareQuery = z
  .object({
    from: dateParam('from'),
    to: dateParam('to'),
    mode: z.enum(['asof', 'window'], { error: '`mode` must be "asof" or "window"' }).default('asof'),
    fromAfter: dateParam('fromAfter').optional(),
    toAfter: dateParam('toAfter').optional(),
    budget: intParam('budget', 1, VIEW_BUDGET_MAX, 2_000),
  })
  .refine(({ from, to }) => from < to, { path: ['from'], error: '`from` must be earlier than `to`: swap the two dates' })
  .refine(({ mode, fromAfter, toAfter }) => mode === 'asof' || (fromAfter !== undefined && toAfter !== undefined), {
    path: ['fromAfter'],
    error: 'window mode needs `fromAfter` and `toAfter`: the exclusive starts of the windows ending at `from` and `to`',
  })
  .refine(({ from, fromAfter }) => fromAfter === undefined || fromAfter < from, {
    path: ['fromAfter'],
    error: '`fromAfter` must be earlier than `from`',
  })
  .refine(({ to, toAfter }) => toAfter === undefined || toAfter < to, { path: ['toAfter'], error: '`toAfter` must be earlier than `to`' });
