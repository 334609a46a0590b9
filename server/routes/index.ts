// Joins the API's routers under /api.
import { Router } from 'express';
import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import { RelationshipTypeAllowList } from '../services/allow-list.js';
import { cypherRoutes } from './cypher.js';
import { graphRoutes } from './graph.js';
import { healthRoutes } from './health.js';
import { nodeRoutes } from './nodes.js';
import { openApiRoutes } from './openapi.js';
import { pathRoutes } from './paths.js';
import { catalogRoutes } from './queries.js';

export interface RouteDeps {
  db: Database;
  config: Config;
}

/** Every /api route. */
export function apiRoutes({ db, config }: RouteDeps): Router {
  const router = Router();
  const relationshipTypes = new RelationshipTypeAllowList(db);
  router.use(healthRoutes(db));
  router.use(graphRoutes(db));
  router.use(nodeRoutes(db, relationshipTypes));
  router.use(pathRoutes(db, relationshipTypes));
  router.use(catalogRoutes());
  router.use(cypherRoutes(db, config));
  router.use(openApiRoutes());
  return router;
}
