// The one error middleware: writes every error as application/problem+json, translating driver
// errors by code; unknown errors become a 500 without a stack trace outside development. One response per request:
// an error after the response began (the guard answered first, or a stream failed midway) is not answered again.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { translateNeo4jError } from '../db/errors.js';
import { isSealed } from './answer-once.js';
import { neo4jStatusOf } from './neo4j-status.js';
import { AppError, BusyError, NotFoundError, UnavailableError } from './problems.js';

/** Sends an AppError as a problem document (a BusyError with its Retry-After header); nothing once a response has begun. */
export function sendProblem(res: Parameters<RequestHandler>[1], error: AppError, instance?: string): void {
  if (res.headersSent) return;
  if (error instanceof BusyError) res.setHeader('Retry-After', String(error.retryAfterS));
  res
    .status(error.status)
    .type('application/problem+json')
    .json({
      type: 'about:blank',
      title: error.title,
      status: error.status,
      detail: error.detail,
      instance,
      ...error.extras,
    });
}

/** 404 for any /api path that no route answered. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new NotFoundError(`There is no API endpoint ${req.method} ${req.path}. See /api/openapi.json for the list.`));
};

/** Renders errors; body-parser's own errors (too large, bad JSON) keep their 4xx status. */
export function problemHandler(development: boolean): ErrorRequestHandler {
  return (raw, req, res, _next) => {
    let error = translateNeo4jError(raw);
    if (res.headersSent) {
      const expected = isSealed(res) || error instanceof AppError;
      if (expected) req.log?.debug({ err: error }, 'error after the response was sent; not answered again');
      else req.log?.error({ err: error }, 'unhandled error after the response was sent');
      if (!res.writableEnded) res.destroy();
      return;
    }
    const outage = error instanceof UnavailableError ? neo4jStatusOf(res)?.outageDetail() : undefined;
    if (outage) error = new UnavailableError(outage);
    if (error instanceof AppError) return sendProblem(res, error, req.originalUrl);
    const parserStatus = typeof (error as { status?: unknown }).status === 'number' ? (error as { status: number }).status : 0;
    if (parserStatus >= 400 && parserStatus < 500) {
      const tooLarge = parserStatus === 413;
      return sendProblem(
        res,
        new AppError(
          parserStatus,
          tooLarge ? 'Body too large' : 'Bad request',
          tooLarge ? 'The request body is larger than this server accepts.' : 'The request body is not valid JSON.',
          { field: 'body' },
        ),
        req.originalUrl,
      );
    }
    req.log?.error({ err: error }, 'unhandled error');
    const detail = development && error instanceof Error ? String(error.stack) : 'Something went wrong on the server. It has been logged.';
    sendProblem(res, new AppError(500, 'Internal server error', detail), req.originalUrl);
  };
}
