// GET /api/openapi.json: the OpenAPI 3.1 document, generated once from the routes' own zod schemas.
import { Router } from 'express';
import { openApiDocument } from '../openapi/document.js';

/** /openapi.json. */
export function openApiRoutes(): Router {
  const router = Router();
  let document: Record<string, unknown> | null = null;
  router.get('/openapi.json', (_req, res) => {
    document ??= openApiDocument();
    res.json(document);
  });
  return router;
}
