// The console's judgement before anything runs: the parse tree (parse-tree.ts), then EXPLAIN's queryType and plan
// (layers.ts). `explain` is passed in by the runner, which bounds it in time like the run itself.
import { AppError, ForbiddenQueryError } from '../errors/app-errors.js';
import { loadCypherParser, parseConsoleQuery, type ParsedConsoleQuery } from './cypher-tree.js';
import { planRefusal, queryTypeRefusal, type PlanNode, type Refusal } from './layers.js';
import { nestingRefusal } from './nesting.js';
import { lengthRefusal, parseTreeRefusal } from './parse-tree.js';

/** What EXPLAIN tells about a query without running it. */
export interface Explained {
  queryType: string | undefined;
  plan: PlanNode | null;
}
export type Explain = (query: string, params: Record<string, unknown>) => Promise<Explained>;

const refuse = (refusal: Refusal | null) => {
  if (refusal) throw new ForbiddenQueryError(refusal.reason, refusal.detail);
};

/** A 400 naming the query: nesting too deep to parse is malformed input, not a forbidden query. */
const tooDeep = (detail: string) => new AppError(400, 'Query nested too deeply', detail, { field: 'query', reason: 'too-deep' });

/** Parses after the nesting pre-scan; a stack overflow the scan did not foresee is the same 400, never a 500. */
function parseWithinDepth(query: string): ParsedConsoleQuery {
  const deep = nestingRefusal(query);
  if (deep) throw tooDeep(deep.detail);
  try {
    return parseConsoleQuery(query);
  } catch (error) {
    if (error instanceof RangeError)
      throw tooDeep('The query nests expressions too deeply for the console to read; flatten it, for example with WITH steps.');
    throw error;
  }
}

/**
 * Every layer before the run: throws a 403 ForbiddenQueryError naming the reason, before anything runs.
 * When the console's parser finds a syntax error, EXPLAIN (which never runs the query) is asked so the user gets
 * Neo4j's own 400 with the position; if Neo4j accepts what our parser cannot read, the query is refused.
 */
export async function guardConsoleQuery(explain: Explain, query: string, params: Record<string, unknown>): Promise<void> {
  refuse(lengthRefusal(query));
  await loadCypherParser();
  const parsed = parseWithinDepth(query);
  if (parsed.errors.length) {
    await explain(query, params);
    const first = parsed.errors[0]!;
    refuse({
      reason: 'unparsable',
      detail: `The console's Cypher parser cannot read this query (${first.message} at offset ${first.offset}), so it does not run it; rewrite that part.`,
    });
  }
  try {
    refuse(parseTreeRefusal(parsed, params));
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep('The query nests expressions too deeply for the console to judge; flatten it.');
    throw error;
  }
  const { queryType, plan } = await explain(query, params);
  refuse(queryTypeRefusal(queryType));
  refuse(planRefusal(plan));
}
