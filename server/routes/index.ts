// Joins the API's routers under /api.
import { Router } from 'express';
import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import { OPEN_ROUTE_GUARDS, type RouteGuards } from '../http/request-guard.js';
import { rememberLensFile } from '../lens/lens-state.js';
import { cypherRoutes } from './cypher.js';
import { exportRoutes } from './export.js';
import { graphRoutes } from './graph.js';
import { healthRoutes } from './health.js';
import { lensRoutes } from './lens.js';
import { nodeRoutes } from './nodes.js';
import { openApiRoutes } from './openapi.js';
import { pathRoutes } from './paths.js';
import { catalogRoutes } from './queries.js';
import { viewRoutes } from './views.js';
import { setWholeTimelineMax } from '../services/view-delivery.js';

export interface RouteDeps {
  db: Database;
  config: Config;
  /** Attached to each Neo4j-backed route (the request guard's); open when the app is built without a guard. */
  guards?: RouteGuards;
}

/** Every /api route. */
export function apiRoutes({ db, config, guards = OPEN_ROUTE_GUARDS }: RouteDeps): Router {
  const router = Router();
  db.heavyQueryTimeoutMs = config.HEAVY_QUERY_TIMEOUT_MS;
  rememberLensFile(db, config.HULIAN_LENS);
  setWholeTimelineMax(config.WHOLE_TIMELINE_MAX);
  router.use(healthRoutes(db, guards, config.HULIAN_LENS));
  router.use(lensRoutes(db, guards, config));
  router.use(graphRoutes(db, guards));
  router.use(viewRoutes(db, guards, config));
  router.use(nodeRoutes(db, guards));
  router.use(pathRoutes(db, guards));
  router.use(exportRoutes(db, guards));
  router.use(catalogRoutes(db, guards));
  router.use(cypherRoutes(db, config, guards));
  router.use(openApiRoutes());
  return router;
}
