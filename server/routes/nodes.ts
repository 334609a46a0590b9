// Entity routes: ranked search, one entity's record over time (404 when unknown), and its neighbourhood on a day; a
// foreign database answers from its lens (foreign-nodes.ts).
import { Router } from 'express';
import type { Database } from '../db/database.js';
import type { RouteGuards } from '../http/request-guard.js';
import { validate } from '../http/params.js';
import { neighborsQuery, nodePath, searchQuery } from '../http/requests.js';
import type { RelationshipTypeAllowList } from '../services/allow-list.js';
import { isForeign } from '../services/foreign-network.js';
import { checkForeignTypes, foreignNeighbors, foreignNodeDetail } from '../services/foreign-nodes.js';
import { foreignSearch } from '../services/foreign-search.js';
import { neighbors, nodeDetail, searchNodes } from '../services/node-service.js';

/** /nodes, /nodes/:id and /nodes/:id/neighbors. */
export function nodeRoutes(db: Database, relationshipTypes: RelationshipTypeAllowList, guards: RouteGuards): Router {
  const router = Router();
  router.get('/nodes', guards.neo4j, async (req, res) => {
    const { q, limit } = validate(searchQuery, req.query);
    res.json(await ((await isForeign(db)) ? foreignSearch : searchNodes)(db, q, limit));
  });
  router.get('/nodes/:id', guards.neo4j, async (req, res) => {
    const { id } = validate(nodePath, req.params);
    res.json(await ((await isForeign(db)) ? foreignNodeDetail : nodeDetail)(db, id));
  });
  router.get('/nodes/:id/neighbors', guards.neo4j, async (req, res) => {
    const { id } = validate(nodePath, req.params);
    const { at, depth, types } = validate(neighborsQuery, req.query);
    if (await isForeign(db)) res.json(await foreignNeighbors(db, id, at, depth, await checkForeignTypes(db, types)));
    else res.json(await neighbors(db, id, at, depth, await relationshipTypes.check(types)));
  });
  return router;
}
