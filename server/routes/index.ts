// Joins the API's routers under /api.
import { Router } from 'express';
import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import { healthRoutes } from './health.js';

export interface RouteDeps {
  db: Database;
  config: Config;
}

/** Every /api route. */
export function apiRoutes({ db }: RouteDeps): Router {
  const router = Router();
  router.use(healthRoutes(db));
  return router;
}
