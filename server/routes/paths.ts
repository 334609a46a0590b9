// Path routes: all shortest paths in force on a day, and the earliest day two entities became connected; a foreign
// database answers from its lens (foreign-paths.ts).
import { Router } from 'express';
import type { Database } from '../db/database.js';
import type { RouteGuards } from '../http/request-guard.js';
import { validate } from '../http/params.js';
import { BadRequestError } from '../http/problems.js';
import { earliestQuery, pathsQuery } from '../http/requests.js';
import type { RelationshipTypeAllowList } from '../services/allow-list.js';
import { isForeign } from '../services/foreign-network.js';
import { checkForeignTypes } from '../services/foreign-nodes.js';
import { foreignEarliestPath, foreignShortestPaths } from '../services/foreign-paths.js';
import { earliestPath, shortestPaths } from '../services/path-service.js';

const distinct = (from: string, to: string) => {
  if (from === to) throw new BadRequestError('to', '`to` must name a different entity from `from`');
};

/** /paths and /paths/earliest. */
export function pathRoutes(db: Database, relationshipTypes: RelationshipTypeAllowList, guards: RouteGuards): Router {
  const router = Router();
  router.get('/paths', guards.neo4j, async (req, res) => {
    const { from, to, at, maxHops, types } = validate(pathsQuery, req.query);
    distinct(from, to);
    if (await isForeign(db)) res.json(await foreignShortestPaths(db, from, to, at, maxHops, await checkForeignTypes(db, types)));
    else res.json(await shortestPaths(db, from, to, at, maxHops, await relationshipTypes.check(types)));
  });
  router.get('/paths/earliest', guards.neo4j, async (req, res) => {
    const { from, to, maxHops, types } = validate(earliestQuery, req.query);
    distinct(from, to);
    if (await isForeign(db)) res.json(await foreignEarliestPath(db, from, to, maxHops, await checkForeignTypes(db, types)));
    else res.json(await earliestPath(db, from, to, maxHops, await relationshipTypes.check(types)));
  });
  return router;
}
