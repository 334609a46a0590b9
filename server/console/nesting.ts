// A cheap scan of the query text, before the parser: how deeply brackets and CASE … END nest (outside strings,
// backtick names and comments). The ANTLR parser recurses once per level and overflowed its stack at ~200 levels.
// Brackets are counted exactly; CASE … END only as well as words allow (a variable may be called `end`), so the
// guard also turns a stack overflow in the parser into the same 400 (guard.ts).
import type { Refusal } from './layers.js';

/** Deepest nesting of (…), […], {…} and CASE … END the console parses; well below where the parser's stack ran out. */
export const MAX_NESTING = 100;

const OPENERS = new Set(['(', '[', '{']);
const CLOSERS = new Set([')', ']', '}']);
const WORD = /[A-Za-z_]/;

/** Index just past the end of the string, name or comment opening at `i` (or i when none opens there). */
function skipLiteral(query: string, i: number): number {
  const c = query[i];
  if (c === "'" || c === '"' || c === '`') {
    for (let j = i + 1; j < query.length; j++) {
      if (c !== '`' && query[j] === '\\') j++;
      else if (query[j] === c) return j + 1;
    }
    return query.length;
  }
  if (c === '/' && query[i + 1] === '/') {
    const end = query.indexOf('\n', i);
    return end < 0 ? query.length : end + 1;
  }
  if (c === '/' && query[i + 1] === '*') {
    const end = query.indexOf('*/', i + 2);
    return end < 0 ? query.length : end + 2;
  }
  return i;
}

/** The deepest nesting in `query` (unbalanced closers are the parser's to report). */
export function nestingDepth(query: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < query.length;) {
    const skipped = skipLiteral(query, i);
    if (skipped > i) {
      i = skipped;
      continue;
    }
    const c = query[i]!;
    if (WORD.test(c)) {
      let j = i + 1;
      while (j < query.length && /\w/.test(query[j]!)) j++;
      const word = query.slice(i, j).toUpperCase();
      const property = query[i - 1] === '.';
      if (word === 'CASE' && !property) depth += 1;
      else if (word === 'END' && !property) depth = Math.max(0, depth - 1);
      deepest = Math.max(deepest, depth);
      i = j;
      continue;
    }
    if (OPENERS.has(c)) deepest = Math.max(deepest, ++depth);
    else if (CLOSERS.has(c)) depth = Math.max(0, depth - 1);
    i += 1;
  }
  return deepest;
}

/** Refuses text nested deeper than MAX_NESTING, before it reaches the parser. */
export function nestingRefusal(query: string): Refusal | null {
  const depth = nestingDepth(query);
  return depth > MAX_NESTING
    ? {
        reason: 'too-deep',
        detail: `The query nests brackets or CASE expressions ${depth} levels deep; the console reads at most ${MAX_NESTING}. Flatten it, for example with WITH steps.`,
      }
    : null;
}
