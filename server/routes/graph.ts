// Whole-network routes: the graph in force on a day, the full timeline (stored compressed per data version, with its ETag),
// the difference between two days, and the yearly statistics; one implementation for every database (graph-service.ts).
import { Router } from 'express';
import type { Database } from '../db/database.js';
import type { RouteGuards } from '../http/request-guard.js';
import { validate } from '../http/params.js';
import { diffQuery, graphQuery } from '../http/requests.js';
import { diff, graphAt, stats } from '../services/graph-service.js';
import { sendEncoded } from '../http/send-encoded.js';
import { timelineBody } from '../services/timeline-body.js';
import { AppError } from '../errors/app-errors.js';
import { deliveryOf, wholeTimelineLimit } from '../services/view-delivery.js';

const tooLarge = () =>
  `This network holds more than ${wholeTimelineLimit().toLocaleString('en')} relationships: ask for one period at a time with GET /api/view (GET /api/histogram gives the periods).`;

/** /graph, /timeline, /diff and /stats. */
export function graphRoutes(db: Database, guards: RouteGuards): Router {
  const router = Router();
  router.get('/graph', guards.neo4j, async (req, res) => {
    const { at, include } = validate(graphQuery, req.query);
    res.json(await graphAt(db, at, include === 'all'));
  });
  router.get('/timeline', guards.neo4j, async (req, res) => {
    if ((await deliveryOf(db)) === 'views') throw new AppError(409, 'Too large to send whole', tooLarge());
    sendEncoded(req, res, await timelineBody(db, req.log));
  });
  router.get('/diff', guards.neo4j, async (req, res) => {
    const { from, to } = validate(diffQuery, req.query);
    res.json(await diff(db, from, to));
  });
  router.get('/stats', guards.neo4j, async (_req, res) => {
    res.json(await stats(db));
  });
  return router;
}
