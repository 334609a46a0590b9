// The catalog of sample questions (cypher/catalog/), each runnable through the console with its defaults.
import { Router } from 'express';
import { catalog } from '../console/catalog.js';

/** /queries. */
export function catalogRoutes(): Router {
  const router = Router();
  router.get('/queries', (_req, res) => {
    res.json({ queries: catalog() });
  });
  return router;
}
