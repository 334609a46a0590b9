// Whole-network routes: the graph in force on a day, the full timeline (stored compressed per data version, with its ETag),
// the difference between two days, and the yearly statistics; one implementation for every database (graph-service.ts).
// Above the whole-timeline limit each answers 409 and names the bounded endpoint that answers instead (scale.md).
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

/** Refuses a whole-network read above the whole-timeline limit (409), naming the bounded endpoint to ask instead. */
async function refuseAboveLimit(db: Database, instead: string): Promise<void> {
  if ((await deliveryOf(db)) !== 'views') return;
  const detail = `This network holds more than ${wholeTimelineLimit().toLocaleString('en')} relationships: ${instead} (GET /api/histogram gives the periods).`;
  throw new AppError(409, 'Too large to send whole', detail);
}
const ONE_PERIOD = 'ask for one period at a time with GET /api/view';

/** /graph, /timeline, /diff and /stats. */
export function graphRoutes(db: Database, guards: RouteGuards): Router {
  const router = Router();
  router.get('/graph', guards.neo4j, async (req, res) => {
    const { at, include } = validate(graphQuery, req.query);
    await refuseAboveLimit(db, `${ONE_PERIOD}?mode=asof`);
    res.json(await graphAt(db, at, include === 'all'));
  });
  router.get('/timeline', guards.neo4j, async (req, res) => {
    await refuseAboveLimit(db, ONE_PERIOD);
    sendEncoded(req, res, await timelineBody(db, req.log));
  });
  router.get('/diff', guards.neo4j, async (req, res) => {
    const { from, to } = validate(diffQuery, req.query);
    await refuseAboveLimit(db, 'compare two dates with GET /api/compare');
    res.json(await diff(db, from, to));
  });
  router.get('/stats', guards.neo4j, async (_req, res) => {
    await refuseAboveLimit(db, 'count relationships per period with GET /api/histogram');
    res.json(await stats(db));
  });
  return router;
}
