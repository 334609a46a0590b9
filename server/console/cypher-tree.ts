// Parses console Cypher with Neo4j's own ANTLR grammar (@neo4j-cypher/language-support) into a plain tree of rule
// nodes and tokens, with the parser's syntax-error count, and the small helpers the judges use to read that tree.
// createParsingResult is not re-exported by the package's index (it exposes ANTLR types), so it is imported from its
// file; the version is pinned exactly in package.json and test/unit/console-parse-tree.test.ts fails if its shape changes.
import type * as LanguageServiceModule from '../../node_modules/@neo4j-cypher/language-support/dist/esm/project/language-support/src/cypherLanguageService.js';

type LanguageService = typeof LanguageServiceModule;

/** A node of the parse tree: a grammar rule (e.g. "loadCSVClause") with its children, or a token (its text). */
export interface CypherNode {
  name: string;
  rule: boolean;
  children: CypherNode[];
}

export interface ParsedConsoleQuery {
  /** One node per non-empty statement (rule "statementsOrCommands", holding one statementOrCommand). */
  statements: CypherNode[];
  /** Syntax errors the parser reported (it recovers and still builds a tree, which must then not be trusted). */
  errors: { message: string; offset: number }[];
}

/** What the ANTLR runtime's contexts and terminals look like, as far as this file reads them. */
interface AntlrTree {
  ruleIndex?: number;
  children?: AntlrTree[];
  symbol?: { text?: string | null };
}

const EOF = -1;
const DEFAULT_CHANNEL = 0;

function toNode(tree: AntlrTree, ruleNames: readonly string[]): CypherNode {
  if (tree.ruleIndex === undefined) return { name: tree.symbol?.text ?? '', rule: false, children: [] };
  return { name: ruleNames[tree.ruleIndex] ?? '?', rule: true, children: (tree.children ?? []).map((c) => toNode(c, ruleNames)) };
}

let service: LanguageService | null = null;

/** Loads the parser once, on the console's first query: the language service holds about 230 MB (its semantic
 * analysis comes with it), which a server whose console is never used should not carry. Takes about a second. */
export async function loadCypherParser(): Promise<void> {
  service ??=
    await import('../../node_modules/@neo4j-cypher/language-support/dist/esm/project/language-support/src/cypherLanguageService.js');
}

/** Parses the query (after loadCypherParser); never throws for bad input (errors are returned). */
export function parseConsoleQuery(query: string): ParsedConsoleQuery {
  if (!service) throw new Error('parseConsoleQuery needs loadCypherParser() first');
  const statements: CypherNode[] = [];
  const errors: ParsedConsoleQuery['errors'] = [];
  for (const parsed of service.createParsingResult(query, { consoleCommandsEnabled: false }).statementsParsing) {
    const empty = !parsed.tokens.some((t) => t.type !== EOF && t.channel === DEFAULT_CHANNEL);
    if (empty) continue;
    statements.push(toNode(parsed.ctx as unknown as AntlrTree, parsed.parser.ruleNames));
    for (const e of parsed.syntaxErrors)
      errors.push({ message: typeof e.message === 'string' ? e.message : e.message.value, offset: e.offsets.start });
    if (parsed.parser.numberOfSyntaxErrors > 0 && !parsed.syntaxErrors.length) {
      const caught = [...parsed.errorTracker.caughtExceptions.values()][0];
      errors.push({ message: 'syntax error', offset: caught?.offendingToken?.start ?? 0 });
    }
  }
  return { statements, errors };
}

/** True when the node is the grammar rule `rule` (a token whose text equals a rule name never matches). */
export const isRule = (node: CypherNode, rule: string): boolean => node.rule && node.name === rule;

/** Every node under (and including) `node`, depth first. */
export function* descendants(node: CypherNode): Generator<CypherNode> {
  const stack = [node];
  while (stack.length) {
    const next = stack.pop()!;
    yield next;
    for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
  }
}

/** The tokens under the node, in order (the query text without whitespace or comments). */
export const tokens = (node: CypherNode): string[] => (node.rule ? node.children.flatMap(tokens) : [node.name]);

/** The rule children of a node, tokens left out. */
export const ruleChildren = (node: CypherNode): CypherNode[] => node.children.filter((c) => c.rule);

/** Follows single-child rule chains (expression → expression11 → … → literal) down to the first node that branches. */
export function unwrap(node: CypherNode): CypherNode {
  let current = node;
  while (current.children.length === 1 && current.children[0]!.rule) current = current.children[0]!;
  return current;
}

/** The name a functionName or procedureName node spells, backticks removed ("`db`.labels" → "db.labels"). */
export function qualifiedName(node: CypherNode): string {
  return tokens(node)
    .map((t) => (t.startsWith('`') && t.endsWith('`') ? t.slice(1, -1).replaceAll('``', '`') : t))
    .join('');
}
