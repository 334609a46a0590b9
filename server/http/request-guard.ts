// The request guard (server/index.ts passes it to createApp, which runs it before the routes): refuses new requests while
// the server drains, answers 503 at once for Neo4j-backed endpoints while Neo4j is down (and for those already waiting
// on it when it goes down), sheds overload with a 429 (Retry-After) and bounds every request with a 504. Whatever it
// answers is the one response: the route's later answer is dropped (answer-once.ts).
import type { Request, RequestHandler, Response } from 'express';
import { answerFirst } from './answer-once.js';
import { ConcurrencyGate } from './concurrency-gate.js';
import { exposeNeo4jStatus } from './neo4j-status.js';
import { sendProblem } from './problem-handler.js';
import { AppError, BusyError, UnavailableError } from './problems.js';

/** API paths that need a prepared database (readiness included); health, queries, openapi and the client answer without it. */
const NEO4J_PATHS = /^\/api\/(ready|graph|timeline|diff|stats|nodes|paths|cypher)(\/|$)/;

export interface GuardState {
  /** True once shutdown began: new requests are refused. */
  readonly draining: boolean;
  /** True while Neo4j answers and the database is prepared. */
  readonly databaseAvailable: boolean;
  /** Told when a Neo4j-backed request succeeded: live evidence that outweighs a health check lost in a busy pool. */
  noteNeo4jSuccess?(): void;
  /** The 503 detail while Neo4j is down (who restarts it, or who must); a generic one when absent. */
  outageDetail?(): string;
  /** /api/health's 503 when the process cannot serve until it recovers or is replaced; null when it is live. */
  livenessProblem?(): AppError | null;
}

/** The guard as middleware, plus the one action the server takes on it when Neo4j goes down. */
export interface RequestGuard extends RequestHandler {
  /** Answers every Neo4j-backed request still open (running or queued, the console's included) with a 503 now. */
  failNeo4jRequests(): number;
}

export interface GuardOptions {
  /** Longest time any request may take before it is answered with a 504. */
  deadlineMs: number;
  /** Seconds a client should wait before retrying after a 503 or 429 (Retry-After). */
  retryAfterS?: number;
  /** Neo4j-backed requests (the console excepted: it has its own gate) served at once; the rest queue. Keeps the driver's
   * pool (50) from making requests wait past its 3 s acquisition timeout, which would surface as a false 503. Beyond the
   * queue (or its wait), a 429 with reason "busy". */
  maxNeo4jRequests?: number;
}

/** The console has its own concurrency gate (server/routes/cypher.ts). */
const CONSOLE_PATH = /^\/api\/cypher(\/|$)/;

const FIXED_LOAD = 'hulianFixedEndpointLoad';

/**
 * Neo4j-backed requests other than the console's that the guard has admitted or queued right now (0 without a guard):
 * the console yields to them (server/routes/cypher.ts).
 */
export function fixedEndpointLoad(res: Response): number {
  const load: unknown = res.locals[FIXED_LOAD];
  return typeof load === 'function' ? Number(load()) : 0;
}

/** The longest a request may take: the console's worst case (wait for a slot, run to timeout, fetch the graph) plus margin. */
export function requestDeadlineMs(queryTimeoutMs: number): number {
  return 2 * queryTimeoutMs + 5_000;
}

/** Express middleware that applies the guard to every request. */
export function requestGuard(state: GuardState, { deadlineMs, retryAfterS = 2, maxNeo4jRequests = 40 }: GuardOptions): RequestGuard {
  const gate = new ConcurrencyGate(maxNeo4jRequests, {
    maxWaitMs: deadlineMs / 2, maxQueue: 20 * maxNeo4jRequests, retryAfterS,
    busyDetail: 'The server is answering as many requests as it can; try again in a moment.',
  });
  const fixedLoad = () => gate.active + gate.queued;
  const unavailable = () => new UnavailableError(state.outageDetail?.());
  const statusView = {
    outageDetail: () => (state.databaseAvailable ? undefined : state.outageDetail?.()),
    livenessProblem: () => state.livenessProblem?.() ?? null,
  };
  /** Neo4j-backed requests not yet answered. */
  const waitingOnNeo4j = new Set<{ req: Request; res: Response }>();
  const answer503 = (req: Request, res: Response, why: string) => answerFirst(req, res, () => {
    res.setHeader('Retry-After', String(retryAfterS));
    sendProblem(res, unavailable(), req.originalUrl);
  }, why);

  const guard = ((req, res, next) => {
    res.locals[FIXED_LOAD] = fixedLoad;
    exposeNeo4jStatus(res, statusView);
    if (state.draining) {
      return answerFirst(req, res, () => {
        res.setHeader('Connection', 'close');
        res.setHeader('Retry-After', String(retryAfterS));
        sendProblem(res, new AppError(503, 'Server stopping', 'The server is shutting down and takes no new requests.',
          { reason: 'shutting-down' }), req.originalUrl);
      }, 'draining');
    }
    const needsNeo4j = NEO4J_PATHS.test(req.path);
    if (needsNeo4j && !state.databaseAvailable) return answer503(req, res, 'neo4j-down');
    const timer = setTimeout(() => answerFirst(req, res, () => {
      res.setHeader('Connection', 'close');
      sendProblem(res, new AppError(504, 'Request took too long', `The server could not answer within ${deadlineMs} ms; try again.`,
        { reason: 'deadline' }), req.originalUrl);
    }, 'deadline'), deadlineMs);
    const entry = { req, res };
    if (needsNeo4j) waitingOnNeo4j.add(entry);
    const settle = () => { clearTimeout(timer); waitingOnNeo4j.delete(entry); };
    res.once('finish', () => {
      settle();
      if (needsNeo4j && (res.statusCode < 400 || res.statusCode === 404)) state.noteNeo4jSuccess?.();
    });
    res.once('close', settle);
    if (!needsNeo4j || CONSOLE_PATH.test(req.path)) return next();
    let closed = false;
    let release = () => {};
    res.once('close', () => { closed = true; release(); });
    gate.run(() => new Promise<void>((done) => {
      if (closed) return done();
      release = done;
      next();
    })).catch((error: unknown) => {
      if (error instanceof BusyError) answerFirst(req, res, () => sendProblem(res, error, req.originalUrl), 'busy');
    });
  }) as RequestGuard;
  guard.failNeo4jRequests = () => {
    let answered = 0;
    for (const { req, res } of [...waitingOnNeo4j]) if (answer503(req, res, 'neo4j-lost')) answered += 1;
    return answered;
  };
  return guard;
}
