// The outermost request middleware (server/index.ts mounts it in front of the app): refuses new requests while
// the server drains, answers 503 at once for Neo4j-backed endpoints while Neo4j is down, and bounds every request.
import type { RequestHandler } from 'express';
import { sendProblem } from './problem-handler.js';
import { AppError, UnavailableError } from './problems.js';

/** API paths that need a prepared database (readiness included); health, queries, openapi and the client answer without it. */
const NEO4J_PATHS = /^\/api\/(ready|graph|timeline|diff|stats|nodes|paths|cypher)(\/|$)/;

export interface GuardState {
  /** True once shutdown began: new requests are refused. */
  readonly draining: boolean;
  /** True while Neo4j answers and the database is prepared. */
  readonly databaseAvailable: boolean;
  /** Told when a Neo4j-backed request succeeded: live evidence that outweighs a health check lost in a busy pool. */
  noteNeo4jSuccess?(): void;
}

export interface GuardOptions {
  /** Longest time any request may take before it is answered with a 503. */
  deadlineMs: number;
  /** Seconds a client should wait before retrying after a 503 (Retry-After). */
  retryAfterS?: number;
}

/** The longest a request may take: the console's worst case (wait for a slot, run to timeout, fetch the graph) plus margin. */
export function requestDeadlineMs(queryTimeoutMs: number): number {
  return 2 * queryTimeoutMs + 5_000;
}

/** Express middleware that applies the guard to every request. */
export function requestGuard(state: GuardState, { deadlineMs, retryAfterS = 2 }: GuardOptions): RequestHandler {
  return (req, res, next) => {
    if (state.draining) {
      res.setHeader('Connection', 'close');
      res.setHeader('Retry-After', String(retryAfterS));
      return sendProblem(res, new AppError(503, 'Server stopping', 'The server is shutting down and takes no new requests.',
        { reason: 'shutting-down' }), req.originalUrl);
    }
    const needsNeo4j = NEO4J_PATHS.test(req.path);
    if (needsNeo4j && !state.databaseAvailable) {
      res.setHeader('Retry-After', String(retryAfterS));
      return sendProblem(res, new UnavailableError(), req.originalUrl);
    }
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      res.setHeader('Connection', 'close');
      sendProblem(res, new AppError(503, 'Request took too long', `The server could not answer within ${deadlineMs} ms; try again.`,
        { reason: 'deadline' }), req.originalUrl);
    }, deadlineMs);
    const clear = () => clearTimeout(timer);
    res.once('finish', () => {
      clear();
      if (needsNeo4j && res.statusCode < 500) state.noteNeo4jSuccess?.();
    });
    res.once('close', clear);
    next();
  };
}
