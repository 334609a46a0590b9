// Translates Neo4j driver errors into AppErrors by their error code (never by message text).
import { Neo4jError } from 'neo4j-driver';
import { AppError, ForbiddenQueryError, QueryTimeoutError, UnavailableError } from '../errors/app-errors.js';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'N/A',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.TransientError.Database.DatabaseUnavailable',
]);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
]);
const MEMORY_CODES = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.TransientError.General.OutOfMemoryError',
  'Neo.TransientError.General.StackOverFlowError',
  'Neo.DatabaseError.Statement.ExecutionFailed.OutOfMemory',
]);
/** Errors reading a URL or file: their text would tell whether a host or port answers, so none of it is passed on. */
const EXTERNAL_RESOURCE_CODES = new Set(['Neo.ClientError.Statement.ExternalResourceFailed', 'Neo.ClientError.Statement.CsvFileNotFound']);
/** A Neo4j setting name (db.…, dbms.…, server.…, internal.…): how the server is configured is no business of the caller. */
const SETTING_NAME = /\b(?:dbms|db|server|internal|browser|initial)\.[a-z_]+(?:\.[a-z_]+)+\b/i;

/** Neo4j's message with every sentence that names a setting left out; a generic hint when nothing is left. */
function userFacingMessage(message: string): string {
  const kept = message.split(/(?<=[.!?])\s+|\n+/).filter((sentence) => sentence.trim() && !SETTING_NAME.test(sentence));
  return kept.length ? kept.join(' ') : 'Neo4j refused the query; check its syntax and the names it uses.';
}
const INPUT_CODES = new Set([
  'Neo.ClientError.Statement.SyntaxError',
  'Neo.ClientError.Statement.SemanticError',
  'Neo.ClientError.Statement.ParameterMissing',
  'Neo.ClientError.Statement.TypeError',
  'Neo.ClientError.Statement.ArgumentError',
  'Neo.ClientError.Statement.ArithmeticError',
  'Neo.ClientError.Procedure.ProcedureNotFound',
  'Neo.ClientError.Statement.EntityNotFound',
  'Neo.ClientError.Procedure.ProcedureCallFailed',
  'Neo.ClientError.Statement.UnsupportedOperationError',
]);

/** The Neo4j error code of `error`, or undefined when it is not a driver error. */
export function neo4jCode(error: unknown): string | undefined {
  return error instanceof Neo4jError ? error.code : undefined;
}

/** Maps a driver error to the AppError a client should see (connection and server-side failures become 503); other client errors and non-driver errors pass through unchanged. */
export function translateNeo4jError(error: unknown): unknown {
  const code = neo4jCode(error);
  if (code === undefined) return error;
  const message = userFacingMessage((error as Neo4jError).message);
  if (UNAVAILABLE_CODES.has(code)) return new UnavailableError();
  if (EXTERNAL_RESOURCE_CODES.has(code)) {
    return new ForbiddenQueryError('load-csv', 'The console does not read files or URLs. Query the graph itself instead.');
  }
  if (TIMEOUT_CODES.has(code)) return new QueryTimeoutError();
  if (MEMORY_CODES.has(code)) {
    return new AppError(422, 'Query too large', 'The query needs more memory than one query may use. Narrow it or add a LIMIT.', { code });
  }
  if (code === 'Neo.ClientError.Statement.AccessMode' || code.startsWith('Neo.ClientError.Security.')) {
    return new ForbiddenQueryError('read-only', 'This console is read-only: the query tried to write.');
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new ForbiddenQueryError('other-database', "Queries may only use this explorer's database.");
  }
  if (INPUT_CODES.has(code) || code.startsWith('Neo.ClientError.Statement.') || code.startsWith('Neo.ClientError.Request.')) {
    return new AppError(400, 'Invalid query', message, { field: 'query', code });
  }
  if (code.startsWith('Neo.TransientError.')) return new UnavailableError('Neo4j is busy or restarting; try again in a moment.');
  // Other client errors (e.g. a constraint violation) pass through for their caller; a transaction Neo4j already
  // ended, a connection cut mid-answer or a failure inside Neo4j is no bug of ours: the client should try again.
  if (code.startsWith('Neo.ClientError.') && !code.startsWith('Neo.ClientError.Transaction.')) return error;
  return new UnavailableError('Neo4j could not complete the request; try again in a moment.');
}
