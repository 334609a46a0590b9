// The catalog of sample questions for the data in the database (server/console/catalog-for-data.ts), each runnable
// through the console with its defaults. Built without a database, it lists every curated question.
import { Router } from 'express';
import type { Database } from '../db/database.js';
import { OPEN_ROUTE_GUARDS, type RouteGuards } from '../http/request-guard.js';
import { catalog } from '../console/catalog.js';
import { catalogFor } from '../console/catalog-for-data.js';

/** /queries. */
export function catalogRoutes(db?: Database, guards: RouteGuards = OPEN_ROUTE_GUARDS): Router {
  const router = Router();
  if (!db) {
    router.get('/queries', (_req, res) => {
      res.json({ queries: catalog() });
    });
    return router;
  }
  router.get('/queries', guards.neo4j, async (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.json({ queries: await catalogFor(db) });
  });
  return router;
}
