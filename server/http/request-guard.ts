// The request guard, in two parts: `everyRequest` (createApp runs it first) refuses new requests while the server drains
// and bounds every request with a 504; the routers attach `neo4j` (or `console`) to each Neo4j-backed route, which
// answers 503 at once while Neo4j is down (and for requests already waiting when it goes down) and sheds overload with a
// 429. Whatever the guard answers is the one response: the route's later answer is dropped (answer-once.ts).
import type { Request, RequestHandler, Response } from 'express';
import { answerFirst } from './answer-once.js';
import { ConcurrencyGate } from './concurrency-gate.js';
import { exposeNeo4jStatus } from './neo4j-status.js';
import { sendProblem } from './problem-handler.js';
import { AppError, BusyError, UnavailableError } from './problems.js';

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

/** What a router attaches to a route that needs a prepared database; the console has its own concurrency gate. */
export interface RouteGuards {
  /** For the fixed endpoints (and readiness): 503 while Neo4j is down, then the bounded fixed-endpoint gate. */
  neo4j: RequestHandler;
  /** For the console: 503 while Neo4j is down; its own gate (routes/cypher.ts) bounds it. */
  console: RequestHandler;
}

/** Route guards that let everything through (an app built without a guard, as most tests build it). */
export const OPEN_ROUTE_GUARDS: RouteGuards = { neo4j: (_req, _res, next) => next(), console: (_req, _res, next) => next() };

/** The guard: the part for every request, the parts for routes, and the one action the server takes when Neo4j goes down. */
export interface RequestGuard {
  everyRequest: RequestHandler;
  routes: RouteGuards;
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

/** The guard's middleware for every request and for Neo4j-backed routes. */
export function requestGuard(state: GuardState, { deadlineMs, retryAfterS = 2, maxNeo4jRequests = 40 }: GuardOptions): RequestGuard {
  const gate = new ConcurrencyGate(maxNeo4jRequests, {
    maxWaitMs: deadlineMs / 2,
    maxQueue: 20 * maxNeo4jRequests,
    retryAfterS,
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
  const answer503 = (req: Request, res: Response, why: string) =>
    answerFirst(
      req,
      res,
      () => {
        res.setHeader('Retry-After', String(retryAfterS));
        sendProblem(res, unavailable(), req.originalUrl);
      },
      why,
    );

  const everyRequest: RequestHandler = (req, res, next) => {
    res.locals[FIXED_LOAD] = fixedLoad;
    exposeNeo4jStatus(res, statusView);
    if (state.draining) {
      return answerFirst(
        req,
        res,
        () => {
          res.setHeader('Connection', 'close');
          res.setHeader('Retry-After', String(retryAfterS));
          sendProblem(
            res,
            new AppError(503, 'Server stopping', 'The server is shutting down and takes no new requests.', { reason: 'shutting-down' }),
            req.originalUrl,
          );
        },
        'draining',
      );
    }
    const timer = setTimeout(
      () =>
        answerFirst(
          req,
          res,
          () => {
            res.setHeader('Connection', 'close');
            sendProblem(
              res,
              new AppError(504, 'Request took too long', `The server could not answer within ${deadlineMs} ms; try again.`, {
                reason: 'deadline',
              }),
              req.originalUrl,
            );
          },
          'deadline',
        ),
      deadlineMs,
    );
    res.once('finish', () => clearTimeout(timer));
    res.once('close', () => clearTimeout(timer));
    next();
  };

  /** 503 while Neo4j is down; otherwise tracked until answered, so a loss of Neo4j answers it at once. */
  const admitToNeo4j = (req: Request, res: Response): boolean => {
    if (!state.databaseAvailable) {
      answer503(req, res, 'neo4j-down');
      return false;
    }
    const entry = { req, res };
    waitingOnNeo4j.add(entry);
    const settle = () => waitingOnNeo4j.delete(entry);
    res.once('finish', () => {
      settle();
      if (res.statusCode < 400 || res.statusCode === 404) state.noteNeo4jSuccess?.();
    });
    res.once('close', settle);
    return true;
  };

  const neo4jRoute: RequestHandler = (req, res, next) => {
    if (!admitToNeo4j(req, res)) return;
    let closed = false;
    let release = () => {};
    res.once('close', () => {
      closed = true;
      release();
    });
    gate
      .run(
        () =>
          new Promise<void>((done) => {
            if (closed) return done();
            release = done;
            next();
          }),
      )
      .catch((error: unknown) => {
        if (error instanceof BusyError) answerFirst(req, res, () => sendProblem(res, error, req.originalUrl), 'busy');
      });
  };
  const consoleRoute: RequestHandler = (req, res, next) => {
    if (admitToNeo4j(req, res)) next();
  };

  const failNeo4jRequests = () => {
    let answered = 0;
    for (const { req, res } of [...waitingOnNeo4j]) if (answer503(req, res, 'neo4j-lost')) answered += 1;
    return answered;
  };
  return { everyRequest, routes: { neo4j: neo4jRoute, console: consoleRoute }, failNeo4jRequests };
}
