// A request limit on JSON nesting: bodies nested deeper than MAX_JSON_DEPTH get a 400 naming the body before any
// route walks them. A deeply nested console parameter otherwise made Neo4j drop the Bolt connection (a false 503).
import type { RequestHandler } from 'express';
import { BadRequestError } from './problems.js';

/** Deepest nesting of objects and arrays a request body may have. */
export const MAX_JSON_DEPTH = 32;

/** True when `value` nests objects or arrays deeper than `max` (checked without recursion). */
function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Express middleware: 400 when the parsed JSON body is nested deeper than `max`. */
export function limitJsonDepth(max = MAX_JSON_DEPTH): RequestHandler {
  return (req, _res, next) => {
    if (nestedDeeperThan(req.body, max)) {
      return next(new BadRequestError('body', `The request body is nested more than ${max} levels deep.`));
    }
    next();
  };
}
