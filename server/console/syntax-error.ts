// Turns a Neo4j syntax or semantic error from the console into a 400 naming the field "query", with the
// position in the user's own text (Neo4j reports it against the EXPLAIN-prefixed statement, so it is shifted back).
import { Neo4jError } from 'neo4j-driver';
import { AppError } from '../errors/app-errors.js';

interface Position {
  line: number;
  column: number;
  offset: number;
}

const POSITION_TRAILER = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

/** Where Neo4j located the problem: the GQL diagnostic record's _position when present, else the message trailer. */
function errorPosition(error: Neo4jError, prefixLength: number): Position | null {
  const chain: unknown[] = [error];
  for (let cause: unknown = error.cause; cause; cause = (cause as { cause?: unknown }).cause) chain.push(cause);
  const structured = chain
    .map((e) => (e as { diagnosticRecord?: { _position?: Position } }).diagnosticRecord?._position)
    .find((p) => p && typeof p.offset === 'number');
  const raw =
    structured ??
    (() => {
      const match = POSITION_TRAILER.exec(error.message);
      return match ? { line: Number(match[1]), column: Number(match[2]), offset: Number(match[3]) } : null;
    })();
  if (!raw || raw.line < 1) return null;
  const offset = Math.max(0, raw.offset - prefixLength);
  return { line: raw.line, column: raw.line === 1 ? Math.max(1, raw.column - prefixLength) : raw.column, offset };
}

/** A 400 problem for a query Neo4j could not compile; null for other errors. */
export function syntaxProblem(error: unknown, prefixLength: number): AppError | null {
  if (!(error instanceof Neo4jError)) return null;
  if (error.code !== 'Neo.ClientError.Statement.SyntaxError' && error.code !== 'Neo.ClientError.Statement.SemanticError') return null;
  const position = errorPosition(error, prefixLength);
  const message = error.message.split('\n')[0]!.replace(POSITION_TRAILER, '').trim();
  return new AppError(400, 'Invalid query', message, {
    field: 'query',
    code: error.code,
    gqlStatus: error.gqlStatus,
    ...(position ? { position } : {}),
  });
}
