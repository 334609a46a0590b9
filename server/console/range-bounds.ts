// Bounds list work Neo4j cannot interrupt (it checks for termination between rows, not inside an expression): the
// span of each range(…) from literal bounds and the query's parameters, and reduce() accumulators, which must be numbers.
import neo4j from 'neo4j-driver';
import { qualifiedName, ruleChildren, tokens, unwrap, type CypherNode } from './cypher-tree.js';
import type { Refusal } from './layers.js';

/** Largest span of a range() that UNWIND streams row by row (Neo4j can stop between rows). */
export const MAX_RANGE_SPAN = 1_000_000;
/** Largest span of a range() evaluated inside an expression (list comprehension, reduce, predicate): one uninterruptible step. */
export const MAX_RANGE_SPAN_IN_EXPRESSION = 10_000;
/** Largest product of the spans of all range() calls in one query (nested ranges multiply). */
export const MAX_RANGE_PRODUCT = 10_000_000;
/** Span counted for a range() bounded by size(…) or length(…) of a list the query already holds. */
export const LIST_SIZE_SPAN_ESTIMATE = 10_000;

type RangeSpan = { kind: 'known'; span: number } | { kind: 'unknown'; argument: string };

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
function rangeSpan(invocation: CypherNode, params: Record<string, unknown>): RangeSpan {
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

/** What the judge counts across a query: the running product of range spans, and the UNWIND sources (streamed). */
export interface RangeState {
  rangeProduct: number;
  streamed: Set<CypherNode>;
}

const fmt = (n: number) => n.toLocaleString('en');

/** The refusal for one range() invocation (span, cap by where it sits, running product), or null. */
export function rangeRefusal(node: CypherNode, params: Record<string, unknown>, state: RangeState): Refusal | null {
  const span = rangeSpan(node, params);
  if (span.kind === 'unknown') {
    return {
      reason: 'range',
      detail: `range() needs integer bounds the console can check before running (literals, $parameters, or size(list)); "${span.argument}" is not one.`,
    };
  }
  const streamed = state.streamed.has(node);
  const cap = streamed ? MAX_RANGE_SPAN : MAX_RANGE_SPAN_IN_EXPRESSION;
  if (span.span > cap) {
    const where = streamed ? 'as the source of UNWIND' : 'inside an expression (use UNWIND range(…) to stream larger ones)';
    return {
      reason: 'range',
      detail: `range() would produce ${fmt(span.span)} values; the console allows at most ${fmt(cap)} ${where}. Use smaller bounds.`,
    };
  }
  state.rangeProduct *= Math.max(1, span.span);
  return state.rangeProduct > MAX_RANGE_PRODUCT
    ? {
        reason: 'range',
        detail: `The range() calls in this query multiply to more than ${fmt(MAX_RANGE_PRODUCT)} values; use smaller bounds.`,
      }
    : null;
}

/** Operands that make a reduce() step build a list or a string, whose every step copies the whole accumulator. */
const GROWING = new Set(['listLiteral', 'listComprehension', 'patternComprehension', 'collectExpression', 'stringLiteral']);
/** Functions whose result is a number or boolean whatever their arguments: what is inside them cannot grow the accumulator. */
// prettier-ignore
const NUMERIC_RESULT = new Set([
  'size', 'length', 'char_length', 'character_length', 'tointeger', 'tofloat', 'toboolean', 'tointegerornull', 'tofloatornull',
  'tobooleanornull', 'abs', 'sign', 'round', 'ceil', 'floor', 'sqrt', 'exp', 'log', 'log10', 'e', 'pi', 'rand', 'sin', 'cos', 'tan',
  'cot', 'asin', 'acos', 'atan', 'atan2', 'degrees', 'radians', 'haversin', 'isempty', 'isnan', 'timestamp', 'id',
]);
/** Functions that return one of their arguments: judged by those arguments. */
const PASS_THROUGH = new Set(['coalesce', 'nullif']);

/** A parameter whose value is a string, list or map (it would grow the accumulator). */
function isGrowingParameter(node: CypherNode, params: Record<string, unknown>): boolean {
  const value = params[tokens(node).slice(1).join('').replace(/^`|`$/g, '')];
  return typeof value === 'string' || (typeof value === 'object' && value !== null && !neo4j.isInt(value));
}

/**
 * True when the step may add a list or string to the accumulator (conservative): a list, string or subquery operand,
 * a string or list parameter, or any function other than numeric ones. Property values stay possible (data-dependent).
 */
function mayGrow(node: CypherNode, params: Record<string, unknown>): boolean {
  if (!node.rule) return false;
  if (GROWING.has(node.name)) return true;
  if (node.name === 'parameter') return isGrowingParameter(node, params);
  if (node.name === 'countExpression' || node.name === 'existsExpression') return false;
  if (node.name === 'functionInvocation') {
    const name = qualifiedName(node.children[0]!).toLowerCase();
    if (NUMERIC_RESULT.has(name)) return false;
    if (!PASS_THROUGH.has(name)) return true;
  }
  return node.children.some((child) => mayGrow(child, params));
}

/** A number, boolean or null: a literal, or a parameter holding one. */
function isScalarStart(init: CypherNode, params: Record<string, unknown>): boolean {
  const text = tokens(init);
  if (text.length === 2 && text[0] === '$') {
    const value = params[text[1]!.replace(/^`|`$/g, '')];
    return typeof value === 'number' || typeof value === 'boolean' || value === null || neo4j.isInt(value);
  }
  const literal = text.filter((t) => t !== '-' && t !== '+' && t !== '(' && t !== ')');
  return literal.length === 1 && /^(\d|\.\d|true$|false$|null$)/i.test(literal[0]!);
}

/**
 * reduce() runs its whole loop inside one expression. Summing is linear, but building a list or a string copies the
 * accumulator on every step (quadratic): range(1, 300000) ran for minutes past a 3 s timeout. So the accumulator
 * must start as a number or boolean and the step may not add list, string or subquery values to it.
 */
export function reduceRefusal(node: CypherNode, params: Record<string, unknown>): Refusal | null {
  const expressions = ruleChildren(node).filter((c) => c.name === 'expression');
  const [init, , step] = expressions;
  if (init && step && isScalarStart(init, params) && !mayGrow(step, params)) return null;
  return {
    reason: 'reduce',
    detail:
      'reduce() may only accumulate numbers or booleans in the console: building a list or string with reduce() takes quadratic time that Neo4j cannot interrupt. Use collect(), a list comprehension or sum() instead.',
  };
}
