// The catalog of sample questions for the data in the database (server/console/catalog-for-data.ts), each runnable
// through the console with its defaults.
import { Router } from 'express';
import type { Database } from '../db/database.js';
import type { RouteGuards } from '../http/request-guard.js';
import { catalogFor } from '../console/catalog-for-data.js';

/** /queries. */
export function catalogRoutes(db: Database, guards: RouteGuards): Router {
  const router = Router();
  router.get('/queries', guards.neo4j, async (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.json({ queries: await catalogFor(db) });
  });
  return router;
}
