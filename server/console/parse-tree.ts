// Layer 1: judges the query's parse tree (Neo4j's own grammar), however deeply a construct is nested: one read-only
// statement, allow-listed clauses, procedures and functions, safe regexes, bounded ranges and small patterns.
import { isAllowedFunction, isAllowedProcedure, ALLOWED_PROCEDURES } from './allow-lists.js';
import {
  descendants,
  isRule,
  qualifiedName,
  ruleChildren,
  tokens,
  unwrap,
  type CypherNode,
  type ParsedConsoleQuery,
} from './cypher-tree.js';
import type { Refusal } from './layers.js';
import { listProductRefusal } from './list-product.js';
import { rangeRefusal, reduceRefusal, type RangeState } from './range-bounds.js';
import { cypherStringValue, regexProblem } from './regex-safety.js';

/** Most relationship patterns in one query: planning time grows steeply with them (a 66-relationship clique took 28 s to plan). */
export const MAX_RELATIONSHIP_PATTERNS = 20;
/** Longest query text the console parses. */
export const MAX_QUERY_LENGTH = 10_000;

const WRITE = 'The console runs read-only queries; this one writes';
/** Rules refused wherever they appear, with the reason and what to tell the user. */
const REFUSED_RULES: Record<string, Refusal> = {
  useClause: {
    reason: 'other-database',
    detail: "The USE clause is not allowed: queries run only on this explorer's database. Remove USE.",
  },
  loadCSVClause: {
    reason: 'load-csv',
    detail: 'LOAD CSV is not allowed: the console cannot read files or URLs. Query the graph that is already loaded.',
  },
  subqueryInTransactionsParameters: {
    reason: 'call-in-transactions',
    detail: 'CALL { … } IN TRANSACTIONS is not allowed in the console; use a plain CALL { … } subquery.',
  },
  command: {
    reason: 'admin-command',
    detail: 'Administration, schema and SHOW commands are not allowed in the console; it runs read-only queries.',
  },
  composableCommandClauses: {
    reason: 'admin-command',
    detail: 'SHOW and TERMINATE commands are not allowed in the console; it runs read-only queries.',
  },
  consoleCommand: {
    reason: 'admin-command',
    detail: 'Client commands such as :use or :param are not Cypher; give parameters in the parameters box.',
  },
  createClause: { reason: 'not-read-only', detail: `${WRITE} (CREATE).` },
  insertClause: { reason: 'not-read-only', detail: `${WRITE} (INSERT).` },
  mergeClause: { reason: 'not-read-only', detail: `${WRITE} (MERGE).` },
  setClause: { reason: 'not-read-only', detail: `${WRITE} (SET).` },
  removeClause: { reason: 'not-read-only', detail: `${WRITE} (REMOVE).` },
  deleteClause: { reason: 'not-read-only', detail: `${WRITE} (DELETE).` },
  foreachClause: { reason: 'not-read-only', detail: `${WRITE} (FOREACH).` },
  localDefinition: { reason: 'unsupported', detail: 'DEFINE is not supported by this Neo4j; write the query without local definitions.' },
  when: { reason: 'unsupported', detail: 'Conditional queries (WHEN … THEN) are not supported by this Neo4j; use CASE or UNION.' },
};

/** The clauses a console query may use; anything else is refused even if no rule above names it. */
const ALLOWED_CLAUSES = new Set([
  'matchClause',
  'withClause',
  'returnClause',
  'unwindClause',
  'orderBySkipLimitClause',
  'callClause',
  'subqueryClause',
  'finishClause',
]);

const unsupported = (what: string): Refusal => ({
  reason: 'unsupported',
  detail: `The console cannot judge ${what}, so it does not run it; rewrite the query with MATCH, WITH, UNWIND, CALL { … } and RETURN.`,
});

/** The refusal for one node of the tree, or null; `state` collects what is counted across the whole query. */
function judgeNode(node: CypherNode, params: Record<string, unknown>, state: RangeState & { relationships: number }): Refusal | null {
  const refused = REFUSED_RULES[node.name];
  if (refused) return refused;
  switch (node.name) {
    case 'statementOrCommand':
    case 'statement': {
      const child = ruleChildren(node)[0];
      const expected = node.name === 'statement' ? 'queryWithLocalDefinitions' : 'preparsedStatement';
      return child && (child.name === expected || REFUSED_RULES[child.name])
        ? null
        : unsupported(`a ${child?.name ?? 'missing'} statement`);
    }
    case 'clause': {
      const child = ruleChildren(node)[0];
      if (!child) return unsupported('an empty clause');
      return (
        REFUSED_RULES[child.name] ?? (ALLOWED_CLAUSES.has(child.name) ? null : unsupported(`the clause ${tokens(child)[0] ?? child.name}`))
      );
    }
    case 'nextStatement':
      return ruleChildren(node).length > 1 ? unsupported('NEXT') : null;
    case 'callClause': {
      const name = qualifiedName(ruleChildren(node).find((c) => c.name === 'procedureName')!);
      return isAllowedProcedure(name)
        ? null
        : {
            reason: 'procedure',
            detail: `Procedure ${name} is not allowed; the console may call only ${[...ALLOWED_PROCEDURES].join(', ')}.`,
          };
    }
    case 'functionInvocation': {
      const name = qualifiedName(ruleChildren(node).find((c) => c.name === 'functionName')!);
      if (!isAllowedFunction(name)) {
        return {
          reason: 'function',
          detail: `Function ${name}() is not allowed; the console allows Cypher's built-in functions only (no db.*, dbms.*, apoc.* or user functions).`,
        };
      }
      return name.toLowerCase() === 'range' ? rangeRefusal(node, params, state) : null;
    }
    case 'unwindClause': {
      const source = ruleChildren(node).find((c) => c.name === 'expression');
      if (source) state.streamed.add(unwrap(source));
      return null;
    }
    case 'reduceExpression':
      return reduceRefusal(node, params);
    case 'comparisonExpression6': {
      const [operator, operand] = node.children;
      return operator?.name === '=~' && operand ? judgeRegex(operand) : null;
    }
    case 'relationshipPattern':
      state.relationships += 1;
      return state.relationships > MAX_RELATIONSHIP_PATTERNS
        ? {
            reason: 'pattern-size',
            detail: `The query has more than ${MAX_RELATIONSHIP_PATTERNS} relationship patterns, which can take Neo4j longer to plan than to run; split it into smaller MATCH steps joined with WITH.`,
          }
        : null;
    default:
      return null;
  }
}

function judgeRegex(operand: CypherNode): Refusal | null {
  const literal = unwrap(operand);
  if (literal.name !== 'stringLiteral') {
    return {
      reason: 'regex',
      detail:
        'The pattern after =~ must be a string literal written in the query (not a parameter or a computed value); or use CONTAINS, STARTS WITH or ENDS WITH.',
    };
  }
  const problem = regexProblem(cypherStringValue(tokens(literal)[0]!));
  return problem
    ? {
        reason: 'regex',
        detail: `The regular expression after =~ is refused because ${problem}: Neo4j cannot stop a runaway match. Simplify it, or use CONTAINS, STARTS WITH or ENDS WITH.`,
      }
    : null;
}

/** Layer 1 alone: the refusal for a parsed query (see parseConsoleQuery), or null. Syntax errors are the caller's to report. */
export function parseTreeRefusal(parsed: ParsedConsoleQuery, params: Record<string, unknown>): Refusal | null {
  const statements = parsed.statements.flatMap((s) => s.children.filter((c) => isRule(c, 'statementOrCommand')));
  if (!statements.length) return { reason: 'empty', detail: 'The query is empty.' };
  if (statements.length > 1)
    return { reason: 'several-statements', detail: 'Send one statement at a time; this query holds several separated by ";".' };
  const state = { relationships: 0, rangeProduct: 1, streamed: new Set<CypherNode>() };
  for (const node of descendants(statements[0]!)) {
    if (!node.rule) continue;
    const refusal = judgeNode(node, params, state);
    if (refusal) return refusal;
  }
  return listProductRefusal(statements[0]!);
}

/** Refuses a query too long to parse cheaply. */
export function lengthRefusal(query: string): Refusal | null {
  return query.length > MAX_QUERY_LENGTH
    ? { reason: 'too-long', detail: `The query is longer than ${MAX_QUERY_LENGTH.toLocaleString('en')} characters; shorten it.` }
    : null;
}
