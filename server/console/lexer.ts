// A small Cypher tokenizer for the console's first, lexical guard: it skips strings, comments and
// `quoted identifiers`, so that keywords and semicolons are seen only where Cypher would see them.

export interface Token {
  /** Upper-cased word, a number, or a single punctuation character. */
  text: string;
  offset: number;
}

const WORD = /[A-Za-z_][A-Za-z0-9_]*/y;
const NUMBER = /[0-9][0-9A-Za-z_.]*/y;

function skipQuoted(source: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < source.length) {
    if (source[i] === '\\' && quote !== '`') i += 2;
    else if (source[i] === quote && quote === '`' && source[i + 1] === '`') i += 2;
    else if (source[i] === quote) return i + 1;
    else i += 1;
  }
  return i;
}

/** Splits Cypher text into words, numbers and punctuation, leaving out strings, comments and quoted names. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (/\s/.test(ch)) i += 1;
    else if (source.startsWith('//', i)) i = source.indexOf('\n', i) === -1 ? source.length : source.indexOf('\n', i);
    else if (source.startsWith('/*', i)) i = source.indexOf('*/', i + 2) === -1 ? source.length : source.indexOf('*/', i + 2) + 2;
    else if (ch === "'" || ch === '"') i = skipQuoted(source, i, ch);
    else if (ch === '`') {
      tokens.push({ text: '`name`', offset: i });
      i = skipQuoted(source, i, ch);
    } else {
      WORD.lastIndex = i;
      NUMBER.lastIndex = i;
      const match = WORD.exec(source) ?? NUMBER.exec(source);
      if (match) {
        tokens.push({ text: match[0].toUpperCase(), offset: i });
        i += match[0].length;
      } else {
        tokens.push({ text: ch, offset: i });
        i += 1;
      }
    }
  }
  return tokens;
}
