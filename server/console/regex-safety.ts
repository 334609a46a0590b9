// Decides whether a regular expression (Java syntax, as `=~` uses) is safe to run on caller text: Neo4j cannot
// interrupt a backtracking match, so only short patterns without nested or stacked quantifiers pass.

/** Longest pattern the console runs with `=~`. */
export const MAX_REGEX_PATTERN_LENGTH = 200;
/** Most repeating quantifiers (`*`, `+`, `{n,}`, `{n,m}` with m > 1) in one pattern: each one multiplies backtracking. */
export const MAX_REGEX_QUANTIFIERS = 3;

interface Group {
  quantified: boolean;
  alternation: boolean;
}

/** Length of the quantifier at `i` (with a lazy `?` or possessive `+` suffix), whether it repeats, or null. */
function quantifierAt(pattern: string, i: number): { length: number; repeats: boolean } | null {
  const c = pattern[i];
  let length = 0;
  let repeats = false;
  if (c === '*' || c === '+') [length, repeats] = [1, true];
  else if (c === '?') length = 1;
  else if (c === '{') {
    const match = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
    if (!match) return null;
    length = match[0].length;
    repeats = match[2] !== undefined && (match[3] === '' || Number(match[3]) > 1);
  } else return null;
  if (pattern[i + length] === '?' || pattern[i + length] === '+') length += 1;
  return { length, repeats };
}

/** End (exclusive) of the character class opening at `start`, honouring escapes and nested classes; -1 if unclosed. */
function classEnd(pattern: string, start: number): number {
  let depth = 0;
  for (let i = start; i < pattern.length; i++) {
    if (pattern[i] === '\\') i += 1;
    else if (pattern[i] === '[') depth += 1;
    else if (pattern[i] === ']' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Why the pattern is unsafe to run (a sentence fragment), or null when it is safe. */
export function regexProblem(pattern: string): string | null {
  if (pattern.length > MAX_REGEX_PATTERN_LENGTH) return `it is longer than ${MAX_REGEX_PATTERN_LENGTH} characters`;
  if (/\\Q/.test(pattern)) return 'it uses \\Q…\\E quoting';
  if (/\(\?[a-zA-Z-]*x/.test(pattern)) return 'it uses the comments flag (?x)';
  const stack: Group[] = [{ quantified: false, alternation: false }];
  let repeating = 0;
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    let closed: Group | null = null;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (/[1-9k]/.test(next)) return 'it uses a back-reference';
      i += 2;
      if (/[pPx]/.test(next) && pattern[i] === '{') i = pattern.indexOf('}', i) + 1 || pattern.length;
    } else if (c === '[') {
      const end = classEnd(pattern, i);
      if (end === -1) return 'a character class is not closed';
      i = end;
    } else if (c === '(') {
      const modifier = /^\((?:\?(?:[a-zA-Z-]*\)|[a-zA-Z-]*:|[=!>]|<[=!]|<[a-zA-Z][a-zA-Z0-9]*>))?/.exec(pattern.slice(i))![0];
      i += modifier.length;
      if (!modifier.endsWith(')')) stack.push({ quantified: false, alternation: false });
      continue;
    } else if (c === ')') {
      if (stack.length === 1) return 'its parentheses do not balance';
      closed = stack.pop()!;
      i += 1;
    } else if (c === '|') {
      stack.at(-1)!.alternation = true;
      i += 1;
      continue;
    } else i += 1;
    const top = stack.at(-1)!;
    if (closed) {
      top.quantified ||= closed.quantified;
      top.alternation ||= closed.alternation;
    }
    const quantifier = quantifierAt(pattern, i);
    if (!quantifier) continue;
    if (closed && (closed.quantified || closed.alternation)) return 'a repeated group contains a quantifier or an alternation';
    top.quantified = true;
    if (quantifier.repeats && ++repeating > MAX_REGEX_QUANTIFIERS) return `it has more than ${MAX_REGEX_QUANTIFIERS} repeating quantifiers`;
    i += quantifier.length;
  }
  return stack.length === 1 ? null : 'its parentheses do not balance';
}

/** The value of a Cypher string literal token ('…' or "…"), escapes resolved; unknown escapes are kept as written. */
export function cypherStringValue(token: string): string {
  const body = token.slice(1, -1);
  const simple: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
  return body.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/gs, (whole, escape: string) => {
    if (escape.length > 1) return String.fromCodePoint(parseInt(escape.slice(1), 16));
    return simple[escape] ?? whole;
  });
}
