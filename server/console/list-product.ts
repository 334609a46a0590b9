// Refuses iteration whose cost is the product of lists built by collect(): Neo4j checks for termination between rows,
// never inside a list comprehension, quantifier or reduce(), so such work outlived its timeout by minutes.
import { descendants, qualifiedName, ruleChildren, tokens, type CypherNode } from './cypher-tree.js';
import type { Refusal } from './layers.js';

/** Rules that loop over a list inside one expression evaluation. */
const ITERATIONS = new Set(['listComprehension', 'listItemsPredicate', 'reduceExpression']);
/** Rules that run a whole subquery or pattern match inside one expression evaluation. */
const INNER_WORK = new Set([...ITERATIONS, 'patternComprehension', 'collectExpression', 'countExpression', 'existsExpression']);
/** Functions of a list that take constant time: `size(l)` inside a loop is no product. */
const CONSTANT_TIME = new Set(['size', 'length', 'head', 'last', 'isempty']);

const variableName = (node: CypherNode) => tokens(node).join('').replace(/^`|`$/g, '').replaceAll('``', '`');

/** The `variable` node an expression is made of alone (through its single-child chain), or undefined. */
function asVariable(node: CypherNode): CypherNode | undefined {
  for (let current: CypherNode | undefined = node; current?.rule; current = current.children.length === 1 ? current.children[0] : undefined)
    if (current.name === 'variable') return current;
  return undefined;
}

/** True for collect(…) and COLLECT { … }: an expression that builds a list from many rows. */
function isCollecting(node: CypherNode): boolean {
  if (node.name === 'collectExpression') return true;
  return node.name === 'functionInvocation' && qualifiedName(node.children[0]!).toLowerCase() === 'collect';
}

/** A constant-time function of one collected variable, such as size(l). */
function isConstantTimeUse(node: CypherNode, collected: Set<string>): boolean {
  if (node.name !== 'functionInvocation' || !CONSTANT_TIME.has(qualifiedName(node.children[0]!).toLowerCase())) return false;
  const args = ruleChildren(node).filter((c) => c.name === 'functionArgument');
  const only = args.length === 1 ? asVariable(args[0]!) : undefined;
  return !!only && collected.has(variableName(only));
}

/**
 * True when `node` uses a collected list, other than through a constant-time function; with `orCollects`, also when
 * it builds one (collect(…), COLLECT { … }): that is how a WITH or RETURN item makes its name a collected list.
 */
function holdsCollected(node: CypherNode, collected: Set<string>, orCollects = false): boolean {
  if (!node.rule) return false;
  if (orCollects && isCollecting(node)) return true;
  if (node.name === 'variable') return collected.has(variableName(node));
  if (isConstantTimeUse(node, collected)) return false;
  return node.children.some((child) => holdsCollected(child, collected, orCollects));
}

/** Names bound (WITH/RETURN … AS name) to an expression that holds a collected list, followed through renamings. */
function collectedVariables(root: CypherNode): Set<string> {
  const items = [...descendants(root)].filter((n) => n.name === 'returnItem' && ruleChildren(n).length === 2);
  const collected = new Set<string>();
  for (let grew = true; grew;) {
    grew = false;
    for (const item of items) {
      const [expression, alias] = ruleChildren(item);
      const name = variableName(alias!);
      if (!collected.has(name) && holdsCollected(expression!, collected, true)) grew = collected.add(name).size > 0;
    }
  }
  return collected;
}

/** The list an iteration loops over (the expression after IN) and the expressions evaluated for each element. */
function parts(iteration: CypherNode): { source: CypherNode | undefined; body: CypherNode[] } {
  const inAt = iteration.children.findIndex((c) => !c.rule && c.name.toUpperCase() === 'IN');
  const after = iteration.children.slice(inAt + 1).filter((c) => c.rule);
  return { source: after[0], body: after.slice(1) };
}

const refusal = (detail: string): Refusal => ({ reason: 'list-product', detail });

/** The refusal for one iteration node (see ITERATIONS), given the query's collected variables; null when it is linear. */
function iterationRefusal(node: CypherNode, collected: Set<string>): Refusal | null {
  const { source, body } = parts(node);
  if (body.some((b) => holdsCollected(b, collected))) {
    return refusal(
      'A list built by collect() is used inside a list comprehension, quantifier or reduce() over another list: the work is the product of the two lists, which Neo4j cannot interrupt. Take what you need from it first (WITH l, size(l) AS n), or UNWIND one list and compare row by row.',
    );
  }
  if (!source || !holdsCollected(source, collected)) return null;
  if (node.name === 'reduceExpression') {
    return refusal(
      'reduce() over a list built by collect() is refused: when its values are strings, each step copies the growing result, which Neo4j cannot interrupt. Aggregate before collecting (sum(), max(), …) or UNWIND the list.',
    );
  }
  if (body.some((b) => [...descendants(b)].some((n) => n.rule && INNER_WORK.has(n.name)))) {
    return refusal(
      'A loop over a list built by collect() may not hold another loop or subquery (the work multiplies, and Neo4j cannot interrupt it). UNWIND the list and do the inner work row by row.',
    );
  }
  return null;
}

/** Layer 1's list-product rule for a whole statement: the first refusal, or null. */
export function listProductRefusal(statement: CypherNode): Refusal | null {
  const collected = collectedVariables(statement);
  for (const node of descendants(statement)) {
    if (!node.rule || !ITERATIONS.has(node.name)) continue;
    const refused = iterationRefusal(node, collected);
    if (refused) return refused;
  }
  return null;
}
