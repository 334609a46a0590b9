// Entity routes: ranked search, one entity's record over time (404 when unknown), and its neighbourhood on a day; one
// implementation for every database, bounded in Neo4j (search-service.ts, node-service.ts).
import { Router } from 'express';
import type { Database } from '../db/database.js';
import type { RouteGuards } from '../http/request-guard.js';
import { validate } from '../http/params.js';
import { neighborsQuery, nodePath, searchQuery } from '../http/requests.js';
import { checkTypes, readingFor } from '../services/node-reads.js';
import { neighbors, nodeDetail } from '../services/node-service.js';
import { searchNodes } from '../services/search-service.js';

/** /nodes, /nodes/:id and /nodes/:id/neighbors. */
export function nodeRoutes(db: Database, guards: RouteGuards): Router {
  const router = Router();
  router.get('/nodes', guards.neo4j, async (req, res) => {
    const { q, limit } = validate(searchQuery, req.query);
    res.json(await searchNodes(db, q, limit));
  });
  router.get('/nodes/:id', guards.neo4j, async (req, res) => {
    const { id } = validate(nodePath, req.params);
    res.json(await nodeDetail(db, id));
  });
  router.get('/nodes/:id/neighbors', guards.neo4j, async (req, res) => {
    const { id } = validate(nodePath, req.params);
    const { at, depth, types } = validate(neighborsQuery, req.query);
    res.json(await neighbors(db, id, at, depth, checkTypes(await readingFor(db), types)));
  });
  return router;
}
