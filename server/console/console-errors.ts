// The console's errors, bounded and honest: every detail is one line of at most a few hundred characters (Neo4j's
// messages can quote a 30 MB value), argument errors Neo4j files as DatabaseError are a 400, and a console pool held
// by earlier work is "the console is busy", never "Neo4j unavailable".
import { Neo4jError } from 'neo4j-driver';
import { translateNeo4jError } from '../db/errors.js';
import { AppError, BusyError } from '../errors/app-errors.js';
import { syntaxProblem } from './syntax-error.js';

/** Longest detail a console error carries, in characters (the whole problem stays within a few KB). */
export const MAX_DETAIL_CHARS = 400;
/** Retry-After for a console whose connections are all held by earlier work. */
const BUSY_RETRY_S = 5;

/** The first line of `text`, cut to `max` characters with an ellipsis. */
function firstLine(text: string, max = MAX_DETAIL_CHARS): string {
  const line = text.split('\n', 1)[0]!.trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** 429 with Retry-After: every console slot or connection is held by work that has not ended yet. */
export class ConsoleBusyError extends BusyError {
  constructor(detail: string, retryAfterS = BUSY_RETRY_S) {
    super(detail, retryAfterS);
    (this as { title: string }).title = 'The console is busy with earlier work';
    this.extras.reason = 'console-busy';
  }
}

/** GQL status classes of user input: 22 data exception (a bad argument), 42 syntax error or access rule violation. */
const INPUT_GQL_CLASS = /^(22|42)/;
/**
 * Neo4j's code for a function that threw while evaluating the query's own values (date.truncate('a', …) gives
 * "Unsupported unit: a" with GQL status 50N00): in a read-only query it is the query's argument, not an outage.
 */
const ARGUMENT_FAILURE = 'Neo.DatabaseError.Statement.ExecutionFailed';

/** True for the driver's own "no connection free in the console's pool" error (it has no Neo4j code, only this text). */
const isPoolExhausted = (error: unknown) =>
  error instanceof Neo4jError && error.code === 'N/A' && error.message.startsWith('Connection acquisition timed out');

/** Any error of a console run as the AppError the client sees, with a bounded detail. */
export function consoleError(error: unknown, explainPrefixLength: number): unknown {
  if (isPoolExhausted(error)) {
    return new ConsoleBusyError(
      'Every console connection is still held by earlier queries that Neo4j has not finished; try again in a few seconds.',
    );
  }
  const argumentError =
    error instanceof Neo4jError &&
    (error.code === ARGUMENT_FAILURE || (error.code.startsWith('Neo.DatabaseError.') && INPUT_GQL_CLASS.test(error.gqlStatus ?? '')));
  if (argumentError) {
    return new AppError(400, 'Invalid query', firstLine(error.message), { field: 'query', code: error.code, gqlStatus: error.gqlStatus });
  }
  const translated = syntaxProblem(error, explainPrefixLength) ?? translateNeo4jError(error);
  if (!(translated instanceof AppError)) return translated;
  const detail = firstLine(translated.detail);
  if (detail === translated.detail) return translated;
  const bounded = Object.assign(Object.create(Object.getPrototypeOf(translated) as object) as AppError, translated, { detail });
  bounded.message = detail;
  return bounded;
}
