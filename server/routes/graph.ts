// Whole-network routes: the graph in force on a day, the full timeline (strong ETag, 304 on a match),
// the difference between two days, and the yearly statistics.
import { createHash } from 'node:crypto';
import { Router } from 'express';
import type { Database } from '../db/database.js';
import { validate } from '../http/params.js';
import { diffQuery, graphQuery } from '../http/requests.js';
import { diff, graphAt, stats, timeline } from '../services/graph-service.js';

/** A strong ETag for a payload: the quoted base64url SHA-256 of its bytes. */
export function strongEtag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/** True when an If-None-Match header lists `etag` (or is "*"). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').map((t) => t.trim().replace(/^W\//, '')).some((t) => t === etag || t === '*');
}

/** /graph, /timeline, /diff and /stats. */
export function graphRoutes(db: Database): Router {
  const router = Router();
  router.get('/graph', async (req, res) => {
    const { at, include } = validate(graphQuery, req.query);
    res.json(await graphAt(db, at, include === 'all'));
  });
  router.get('/timeline', async (req, res) => {
    const body = await timeline(db);
    const etag = strongEtag(body);
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'no-cache');
    if (etagMatches(req.get('If-None-Match'), etag)) return void res.status(304).end();
    res.type('application/json').send(body);
  });
  router.get('/diff', async (req, res) => {
    const { from, to } = validate(diffQuery, req.query);
    res.json(await diff(db, from, to));
  });
  router.get('/stats', async (_req, res) => {
    res.json(await stats(db));
  });
  return router;
}
