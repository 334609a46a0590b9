// The application's domain errors, in a leaf module that imports nothing: any layer (db, lens, services, routes) throws
// them; each names the status the HTTP edge answers with, and only server/http/problem-handler.ts writes them out
// (as application/problem+json).

/** Base error: an RFC 9457 problem with a status, a short title and a detail for people. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly extras: Record<string, unknown> = {},
  ) {
    super(detail);
  }
}

/** 400: malformed input; `field` names what was wrong. */
export class BadRequestError extends AppError {
  constructor(field: string, detail: string) {
    super(400, 'Bad request', detail, { field });
  }
}

/** 403: a console query was refused; `reason` says which rule refused it. */
export class ForbiddenQueryError extends AppError {
  constructor(reason: string, detail: string) {
    super(403, 'Query refused', detail, { reason });
  }
}

/** 404: an unknown id. */
export class NotFoundError extends AppError {
  constructor(detail: string) {
    super(404, 'Not found', detail);
  }
}

/** 504: the query ran past its time limit. */
export class QueryTimeoutError extends AppError {
  constructor(detail = 'The query ran longer than its time limit and was stopped. Narrow it (add a LIMIT or bound the pattern).') {
    super(504, 'Query timed out', detail);
  }
}

/** 429: too busy right now (every slot taken, the queue full or the wait over); retry after `retryAfterS` seconds,
 * which the problem handler also sends as the Retry-After header. */
export class BusyError extends AppError {
  constructor(
    detail: string,
    readonly retryAfterS: number,
  ) {
    super(429, 'Too busy', detail, { reason: 'busy', retryAfter: retryAfterS });
  }
}

/** 503: Neo4j cannot be reached or is not ready (the request guard words it for the situation: restarting, frozen, external). */
export class UnavailableError extends AppError {
  constructor(
    detail = 'Neo4j does not answer right now; try again in a few seconds. Hulian keeps checking and serves again as soon as it answers.',
  ) {
    super(503, 'Neo4j unavailable', detail);
  }
}
