// The views computed in Neo4j (issue #19): GET /api/histogram (counts per time bucket, and whether the client replays
// the whole timeline or asks per step) and GET /api/view (one date or window: counts, and at most `budget` relationships).
import { Router } from 'express';
import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import type { RouteGuards } from '../http/request-guard.js';
import { validate } from '../http/params.js';
import { viewQuery } from '../http/view-requests.js';
import { NotFoundError } from '../errors/app-errors.js';
import { readingOf } from '../lens/reading.js';
import { deliveryOf, histogramOf } from '../services/view-delivery.js';
import { viewAt } from '../services/view-service.js';

/** /histogram and /view. */
export function viewRoutes(db: Database, guards: RouteGuards, config: Config): Router {
  const router = Router();
  const heavyMs = config.HEAVY_QUERY_TIMEOUT_MS;
  router.get('/histogram', guards.neo4j, async (_req, res) => {
    res.json(await histogramOf(db, heavyMs));
  });
  router.get('/view', guards.neo4j, async (req, res) => {
    const request = validate(viewQuery, req.query);
    const reading = await readingOf(db);
    if (!reading) throw new NotFoundError('This database has no dated relationships to show: choose a time property in the lens panel');
    if ((await deliveryOf(db, heavyMs)) === 'whole') res.setHeader('Hulian-Delivery', 'whole');
    res.json(await viewAt(db, reading, request, heavyMs));
  });
  return router;
}
