// The console's refusal rules after the parse tree (parse-tree.ts), each exported on its own so tests can exercise
// every layer alone: EXPLAIN's queryType, and the plan's operators including the nested plans written in their Details.
import { ALLOWED_PROCEDURES, isAllowedFunction, isAllowedProcedure } from './allow-lists.js';

export interface Refusal {
  reason:
    | 'several-statements'
    | 'other-database'
    | 'call-in-transactions'
    | 'not-read-only'
    | 'load-csv'
    | 'procedure'
    | 'function'
    | 'admin-command'
    | 'empty'
    | 'regex'
    | 'reduce'
    | 'range'
    | 'pattern-size'
    | 'too-long'
    | 'too-deep'
    | 'list-product'
    | 'unsupported'
    | 'unparsable';
  detail: string;
}

/** Layer 2, from EXPLAIN: the statement must be a pure read (queryType "r"). */
export function queryTypeRefusal(queryType: string | undefined): Refusal | null {
  if (queryType === 'r') return null;
  const kind =
    queryType === 's' ? 'a schema or administration command' : queryType === 'w' || queryType === 'rw' ? 'a write' : 'not a read';
  return {
    reason: 'not-read-only',
    detail: `The console runs read-only queries; this one is ${kind} (queryType "${queryType ?? 'unknown'}").`,
  };
}

export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

/** The operator's name without the runtime suffix ("LoadCSV@neo4j" → "LoadCSV"). */
const operatorName = (node: PlanNode): string => node.operatorType.split('@')[0]!;

/** The procedure a ProcedureCall operator calls, from its Details/Signature argument ("db.labels() :: …" → "db.labels"). */
export function procedureName(node: PlanNode): string {
  const details = String(node.arguments?.Details ?? node.arguments?.Signature ?? '');
  return details.split('(')[0]!.trim();
}

/** Every operator in the plan tree, depth first. */
function planOperators(plan: PlanNode | null | undefined): PlanNode[] {
  if (!plan) return [];
  return [plan, ...(plan.children ?? []).flatMap(planOperators)];
}

const ADMIN_OPERATOR = /^(Show|Terminate|Create|Drop|Alter|Rename|Grant|Revoke|Deny|Start|Stop|Enable|Deallocate|Reallocate)[A-Z]/;
const WRITE_OPERATOR = /^(Create|Merge|LockingMerge|Set[A-Z]|Remove[A-Z]|Delete|DetachDelete|Foreach|Insert)/;
/** A call written in plan text: a dotted name followed by "(" (db.info(, ResolvedCall(db.stats.retrieve(, apoc.x.y( …). */
const DOTTED_CALL = /([A-Za-z_`][\w`]*(?:\s*\.\s*[A-Za-z_`][\w`]*)+)\s*\(/g;

const loadCsv: Refusal = { reason: 'load-csv', detail: 'LOAD CSV is not allowed: the console cannot read files or URLs.' };
const inTransactions: Refusal = { reason: 'call-in-transactions', detail: 'CALL { … } IN TRANSACTIONS is not allowed in the console.' };

/**
 * The refusal for an operator's Details text, where Neo4j writes the nested plans it does not show as operators
 * (COLLECT { … }, COUNT { … }, EXISTS { … } inside list comprehensions, CASE, reduce(), …), or null.
 */
export function detailsRefusal(details: string): Refusal | null {
  if (/\bLOAD\s+CSV\b|\bLoadCSV\b/i.test(details)) return loadCsv;
  if (/\bIN\s+(\S+\s+)?(CONCURRENT\s+)?TRANSACTIONS\b/i.test(details)) return inTransactions;
  if (/\bUSE\s+[A-Za-z`]/.test(details) || /\bgraph\.by(Name|ElementId)\b/i.test(details)) {
    return { reason: 'other-database', detail: "The USE clause is not allowed: queries run only on this explorer's database." };
  }
  for (const match of details.matchAll(DOTTED_CALL)) {
    const name = match[1]!.replace(/[\s`]/g, '');
    if (!isAllowedProcedure(name) && !isAllowedFunction(name)) {
      return {
        reason: 'procedure',
        detail: `${name} is not allowed; the console may call only ${[...ALLOWED_PROCEDURES].join(', ')} and Cypher's built-in functions.`,
      };
    }
  }
  if (/\b(CREATE|MERGE|DELETE|DETACH|REMOVE|FOREACH)\b|\bSET\s/.test(details) && /\b(COLLECT|COUNT|EXISTS)\s*\{/.test(details)) {
    return { reason: 'not-read-only', detail: 'The console runs read-only queries; a nested subquery in this one reads like a write.' };
  }
  return null;
}

/** Layer 3, from EXPLAIN's plan: no LoadCSV, only allow-listed procedures and functions, no writes, transactional subqueries or commands. */
export function planRefusal(plan: PlanNode | null | undefined): Refusal | null {
  for (const node of planOperators(plan)) {
    const name = operatorName(node);
    if (name === 'LoadCSV') return loadCsv;
    if (name === 'ProcedureCall') {
      const procedure = procedureName(node);
      if (!isAllowedProcedure(procedure)) {
        return {
          reason: 'procedure',
          detail: `Procedure ${procedure || '(unknown)'} is not allowed; allowed: ${[...ALLOWED_PROCEDURES].join(', ')}.`,
        };
      }
    }
    if (name.startsWith('Transaction')) return inTransactions;
    if (ADMIN_OPERATOR.test(name))
      return { reason: 'admin-command', detail: `Administration and SHOW commands are not allowed (${name}).` };
    if (WRITE_OPERATOR.test(name))
      return { reason: 'not-read-only', detail: `The console runs read-only queries; this plan writes (${name}).` };
    for (const value of Object.values(node.arguments ?? {})) {
      if (typeof value !== 'string') continue;
      const refusal = detailsRefusal(value);
      if (refusal) return refusal;
    }
  }
  return null;
}
