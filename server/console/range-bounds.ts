// Works out how many values a range(…) call in the parse tree can produce, from literal bounds and from the
// query's parameters (known before the query runs): Neo4j cannot interrupt a huge range inside reduce() or a list.
import neo4j from 'neo4j-driver';
import { qualifiedName, ruleChildren, tokens, unwrap, type CypherNode } from './cypher-tree.js';

/** Largest span of one range() call. */
export const MAX_RANGE_SPAN = 1_000_000;
/** Largest product of the spans of all range() calls in one query (nested ranges multiply). */
export const MAX_RANGE_PRODUCT = 10_000_000;
/** Span counted for a range() bounded by size(…) or length(…) of a list the query already holds. */
export const LIST_SIZE_SPAN_ESTIMATE = 10_000;

export type RangeSpan = { kind: 'known'; span: number } | { kind: 'unknown'; argument: string };

/** Functions whose value is the size of something the query already holds in memory. */
const SIZE_FUNCTIONS = new Set(['size', 'length', 'char_length', 'character_length']);

/** The integer an argument spells (literal, signed literal, parenthesised, or $parameter as number or driver Integer); undefined otherwise. */
export function constantInteger(argument: CypherNode, params: Record<string, unknown>): number | undefined {
  let text = tokens(argument);
  while (text[0] === '(' && text.at(-1) === ')') text = text.slice(1, -1);
  let sign = 1;
  while (text[0] === '-' || text[0] === '+') {
    if (text[0] === '-') sign = -sign;
    text = text.slice(1);
  }
  if (text.length === 2 && text[0] === '$') {
    const name = text[1]!.replace(/^`|`$/g, '');
    const value = params[name];
    if (neo4j.isInt(value)) return sign * (value.inSafeRange() ? value.toNumber() : value.isNegative() ? -Infinity : Infinity);
    return typeof value === 'number' && Number.isSafeInteger(value) ? sign * value : undefined;
  }
  if (text.length !== 1) return undefined;
  const digits = text[0]!.replaceAll('_', '').toLowerCase();
  const value = /^0o[0-7]+$/.test(digits) ? parseInt(digits.slice(2), 8) : /^(0x[0-9a-f]+|\d+)$/.test(digits) ? Number(digits) : NaN;
  return Number.isSafeInteger(value) ? sign * value : undefined;
}

/** True for size(x), length(x), … optionally plus or minus a literal: bounded by a list the query already holds. */
function isListSize(argument: CypherNode, params: Record<string, unknown>): boolean {
  const node = unwrap(argument);
  if (node.name === 'functionInvocation') return SIZE_FUNCTIONS.has(qualifiedName(node.children[0]!).toLowerCase());
  if (node.name === 'expression6') {
    const [left, operator, right, ...rest] = node.children;
    return (
      !rest.length &&
      (operator?.name === '+' || operator?.name === '-') &&
      !!left &&
      !!right &&
      isListSize(left, params) &&
      constantInteger(right, params) !== undefined
    );
  }
  return false;
}

/** The span of one functionInvocation of range: how many values it yields, or why that cannot be known. */
export function rangeSpan(invocation: CypherNode, params: Record<string, unknown>): RangeSpan {
  const args = ruleChildren(invocation).filter((c) => c.name === 'functionArgument');
  const [from, to, step] = args.map((a) => constantInteger(a, params));
  const stepValue = args[2] ? step : 1;
  if (stepValue === undefined || stepValue === 0) return { kind: 'unknown', argument: args[2] ? tokens(args[2]).join(' ') : 'step' };
  if (from !== undefined && to !== undefined) return { kind: 'known', span: Math.max(0, Math.floor((to - from) / stepValue) + 1) };
  for (const [i, value] of [from, to].entries()) {
    if (value === undefined && !(args[i] && isListSize(args[i]!, params)))
      return { kind: 'unknown', argument: args[i] ? tokens(args[i]!).join(' ') : '?' };
  }
  return { kind: 'known', span: LIST_SIZE_SPAN_ESTIMATE };
}
