// Liveness and readiness: /api/health never touches Neo4j (503 only while the embedded Neo4j is being restarted or
// could not be: the process cannot serve until it recovers or is replaced); /api/ready asks Neo4j for its version and
// says whose database it is (Hulian's, or a foreign one read-only) and which lens reads it.
import { Router } from 'express';
import type { Database } from '../db/database.js';
import type { RouteGuards } from '../http/request-guard.js';
import { neo4jStatusOf } from '../http/neo4j-status.js';
import { UnavailableError } from '../http/problems.js';
import { lensStateOf } from '../lens/lens-state.js';
import { runawayRestarts } from '../neo4j-process/runaway.js';

/** Health and readiness routes; `lensFile` is HULIAN_LENS (config.ts). */
export function healthRoutes(db: Database, guards: RouteGuards, lensFile?: string): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    const problem = neo4jStatusOf(res)?.livenessProblem();
    if (problem) throw problem;
    // runawayRestarts: restarts of the embedded Neo4j for console work it could not stop (docs/console.md).
    res.json({ status: 'ok', uptimeS: Math.round(process.uptime()), runawayRestarts: runawayRestarts() });
  });
  router.get('/ready', guards.neo4j, async (_req, res) => {
    res.json(await readyBody(db, lensFile));
  });
  return router;
}

/** /api/ready's body: Neo4j's version, whose database it is and the lens in use (also PUT /api/lens's answer). */
export async function readyBody(db: Database, lensFile?: string) {
  let info: { version: string; edition: string };
  try {
    info = await db.serverInfo();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UnavailableError(`Neo4j does not answer: ${reason}`);
  }
  const { mode, summary } = await lensStateOf(db, lensFile);
  return { status: 'ready' as const, neo4j: info, database: db.database, mode, lens: summary };
}
