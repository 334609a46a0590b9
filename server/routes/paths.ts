// Path routes: all shortest paths in force on a day, and the earliest day two entities became connected; one
// implementation for every database, bounded in Neo4j (path-service.ts).
import { Router } from 'express';
import type { Database } from '../db/database.js';
import { BadRequestError } from '../errors/app-errors.js';
import type { RouteGuards } from '../http/request-guard.js';
import { validate } from '../http/params.js';
import { earliestQuery, pathsQuery } from '../http/requests.js';
import { checkTypes, readingFor } from '../services/node-reads.js';
import { earliestPath, shortestPaths } from '../services/path-service.js';

const distinct = (from: string, to: string) => {
  if (from === to) throw new BadRequestError('to', '`to` must name a different entity from `from`');
};

/** /paths and /paths/earliest. */
export function pathRoutes(db: Database, guards: RouteGuards): Router {
  const router = Router();
  router.get('/paths', guards.neo4j, async (req, res) => {
    const { from, to, at, maxHops, types } = validate(pathsQuery, req.query);
    distinct(from, to);
    res.json(await shortestPaths(db, from, to, at, maxHops, checkTypes(await readingFor(db), types)));
  });
  router.get('/paths/earliest', guards.neo4j, async (req, res) => {
    const { from, to, maxHops, types } = validate(earliestQuery, req.query);
    distinct(from, to);
    res.json(await earliestPath(db, from, to, maxHops, checkTypes(await readingFor(db), types)));
  });
  return router;
}
