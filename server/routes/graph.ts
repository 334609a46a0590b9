// Whole-network routes: the graph in force on a day, the full timeline (Express's strong ETag and 304, set in app.ts),
// the difference between two days, and the yearly statistics; one implementation for every database (graph-service.ts).
import { Router } from 'express';
import type { Database } from '../db/database.js';
import type { RouteGuards } from '../http/request-guard.js';
import { validate } from '../http/params.js';
import { diffQuery, graphQuery } from '../http/requests.js';
import { diff, graphAt, stats, timeline } from '../services/graph-service.js';

/** /graph, /timeline, /diff and /stats. */
export function graphRoutes(db: Database, guards: RouteGuards): Router {
  const router = Router();
  router.get('/graph', guards.neo4j, async (req, res) => {
    const { at, include } = validate(graphQuery, req.query);
    res.json(await graphAt(db, at, include === 'all'));
  });
  router.get('/timeline', guards.neo4j, async (req, res) => {
    const body = await timeline(db, req.log);
    res.setHeader('Cache-Control', 'no-cache');
    res.type('application/json').send(body);
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
