// The application's errors as the HTTP edge knows them: defined once in the leaf module server/errors/app-errors.ts
// (domain errors that every layer may throw) and re-exported here for the code at the edge.
export {
  AppError,
  BadRequestError,
  BusyError,
  ForbiddenQueryError,
  NotFoundError,
  QueryTimeoutError,
  UnavailableError,
} from '../errors/app-errors.js';
