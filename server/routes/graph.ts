// Whole-network routes: the graph in force on a day, the full timeline (Express's strong ETag and 304, set in app.ts),
// the difference between two days, and the yearly statistics; a foreign database answers from its lens (foreign-*.ts).
import { Router } from 'express';
import type { Database } from '../db/database.js';
import type { RouteGuards } from '../http/request-guard.js';
import { validate } from '../http/params.js';
import { diffQuery, graphQuery } from '../http/requests.js';
import { foreignDiff, foreignGraphAt, foreignStats } from '../services/foreign-graph.js';
import { isForeign } from '../services/foreign-network.js';
import { diff, graphAt, stats, timeline } from '../services/graph-service.js';

/** /graph, /timeline, /diff and /stats. */
export function graphRoutes(db: Database, guards: RouteGuards): Router {
  const router = Router();
  router.get('/graph', guards.neo4j, async (req, res) => {
    const { at, include } = validate(graphQuery, req.query);
    res.json(await ((await isForeign(db)) ? foreignGraphAt : graphAt)(db, at, include === 'all'));
  });
  router.get('/timeline', guards.neo4j, async (req, res) => {
    const body = await timeline(db, req.log);
    res.setHeader('Cache-Control', 'no-cache');
    res.type('application/json').send(body);
  });
  router.get('/diff', guards.neo4j, async (req, res) => {
    const { from, to } = validate(diffQuery, req.query);
    res.json(await ((await isForeign(db)) ? foreignDiff : diff)(db, from, to));
  });
  router.get('/stats', guards.neo4j, async (_req, res) => {
    res.json(await ((await isForeign(db)) ? foreignStats : stats)(db));
  });
  return router;
}
