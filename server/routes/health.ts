// Liveness and readiness: /api/health never touches Neo4j; /api/ready asks Neo4j for its version.
import { Router } from 'express';
import type { Database } from '../db/database.js';
import { UnavailableError } from '../http/problems.js';

/** Health and readiness routes. */
export function healthRoutes(db: Database): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok', uptimeS: Math.round(process.uptime()) });
  });
  router.get('/ready', async (_req, res) => {
    try {
      const info = await db.serverInfo();
      res.json({ status: 'ready', neo4j: info, database: db.database });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new UnavailableError(`Neo4j does not answer: ${reason}`);
    }
  });
  return router;
}
