// Builds the Express app from its parts without listening or doing any I/O: tests call createApp
// and listen on port 0; server/index.ts owns start-up and shutdown.
import compression from 'compression';
import express, { type Express, type Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import type { Config } from './config/config.js';
import type { Database } from './db/database.js';
import { clientCacheControl } from './http/client-cache.js';
import { checkHost } from './http/host-check.js';
import type { RequestGuard } from './http/request-guard.js';
import { limitJsonDepth } from './http/json-depth.js';
import { apiNotFound, problemHandler } from './http/problem-handler.js';
import { apiRoutes } from './routes/index.js';
import { preloadWholeTimeline } from './routes/page-preload.js';

const CLIENT_DIST = resolve(import.meta.dirname, '..', 'dist');

export interface AppDeps {
  db: Database;
  config: Config;
  logger?: Logger;
  /** Folder of the built client; defaults to dist/. Not served when it does not exist. */
  clientDir?: string;
  /** The request guard (server/index.ts passes it): its every-request part runs before the routes, after security
   * headers and logging; the routers attach its route parts to each Neo4j-backed route. */
  guard?: RequestGuard;
}

/** Creates the Express application: security headers, the API under /api, and the built client. */
export function createApp({ db, config, logger, clientDir = CLIENT_DIST, guard }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  // res.send tags each body with a strong ETag and answers 304 to a matching If-None-Match (used by /api/timeline).
  app.set('etag', 'strong');
  // X-Forwarded-For counts (for the console's per-client rate limit) only from the proxies TRUST_PROXY names.
  app.set('trust proxy', config.TRUST_PROXY);
  app.use(checkHost(config));
  app.use(
    helmet({
      strictTransportSecurity: false,
      contentSecurityPolicy: { directives: { 'img-src': ["'self'", 'data:', 'blob:'], 'upgrade-insecure-requests': null } },
    }),
  );
  // Level 1: on a 2-core server a view's 1.4 MB answer compresses in 3 ms instead of 10, 15% larger. The whole
  // timeline is compressed once per data version elsewhere (services/timeline-body.ts), at its own level.
  app.use(compression({ level: 1 }));
  if (logger) {
    app.use(
      pinoHttp({
        logger,
        customLogLevel: (_req, res, error) =>
          res.statusCode === 500 || (error && res.statusCode < 400) ? 'error' : res.statusCode >= 400 ? 'warn' : 'debug',
      }),
    );
  }
  if (guard) app.use(guard.everyRequest);
  if (config.CORS_ORIGIN) {
    app.use('/api', (req, res, next) => {
      res.setHeader('Access-Control-Allow-Origin', config.CORS_ORIGIN!);
      res.setHeader('Vary', 'Origin');
      if (req.method === 'OPTIONS') {
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
        res.setHeader('Access-Control-Allow-Headers', 'Content-Type, If-None-Match');
        return void res.sendStatus(204);
      }
      next();
    });
  }
  app.use('/api', express.json({ limit: '64kb' }), limitJsonDepth(), apiRoutes({ db, config, guards: guard?.routes }), apiNotFound);
  if (existsSync(join(clientDir, 'index.html'))) {
    app.get(['/', '/index.html'], preloadWholeTimeline(db));
    const setHeaders = (res: Response, path: string) => res.setHeader('Cache-Control', clientCacheControl(path));
    app.use(express.static(clientDir, { index: 'index.html', setHeaders }));
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(join(clientDir, 'index.html'), { headers: { 'Cache-Control': 'no-cache' } }));
  }
  app.use(problemHandler(config.NODE_ENV === 'development'));
  return app;
}
