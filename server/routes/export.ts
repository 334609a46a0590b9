// GET /api/export/relationships: every relationship (or those in force on `at`) streamed from Neo4j as CSV or NDJSON,
// with the full count in the Hulian-Total-Count header before the first row; the response drains before more is read.
import { once } from 'node:events';
import { Router } from 'express';
import type { Database } from '../db/database.js';
import type { RouteGuards } from '../http/request-guard.js';
import { validate } from '../http/params.js';
import { exportQuery } from '../http/requests.js';
import { CSV_HEADER, exportLine, relationshipExport } from '../services/export-service.js';

/** /export/relationships. */
export function exportRoutes(db: Database, guards: RouteGuards): Router {
  const router = Router();
  router.get('/export/relationships', guards.neo4j, async (req, res) => {
    const { at, format } = validate(exportQuery, req.query);
    const { total, stream } = await relationshipExport(db, at ?? null);
    const name = `relationships${at ? `-${at}` : ''}.${format === 'csv' ? 'csv' : 'ndjson'}`;
    res.setHeader('Hulian-Total-Count', String(total));
    res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    res.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson');
    if (format === 'csv') res.write(CSV_HEADER);
    await stream(async (edge) => {
      if (res.destroyed) throw new Error('the client went away during the export');
      if (!res.write(exportLine(edge, format))) await once(res, 'drain');
    });
    res.end();
  });
  return router;
}
