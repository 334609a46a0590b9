// The console's refusal rules, each exported on its own so tests can exercise every layer alone:
// lexical (one statement, no USE, no IN TRANSACTIONS), EXPLAIN's queryType, and the plan's operators.
import { tokenize } from './lexer.js';

/** Procedures the console may call: schema introspection only. */
export const ALLOWED_PROCEDURES = new Set(['db.labels', 'db.relationshipTypes', 'db.propertyKeys', 'db.schema.visualization']);

export interface Refusal {
  reason: 'several-statements' | 'other-database' | 'call-in-transactions' | 'not-read-only' | 'load-csv' | 'procedure' | 'admin-command' | 'empty';
  detail: string;
}

const CLAUSE_STARTERS = new Set(['{', ')', '}']);

/** Layer 1, before Neo4j sees the text: a single statement, no USE clause, no CALL … IN TRANSACTIONS. */
export function lexicalRefusal(query: string): Refusal | null {
  const tokens = tokenize(query);
  if (!tokens.length) return { reason: 'empty', detail: 'The query is empty.' };
  const semicolon = tokens.findIndex((t) => t.text === ';');
  if (semicolon !== -1 && semicolon < tokens.length - 1) {
    return { reason: 'several-statements', detail: 'Send one statement at a time; this query holds several separated by ";".' };
  }
  for (let i = 0; i < tokens.length; i++) {
    const previous = tokens[i - 1]?.text;
    const next = tokens[i + 1]?.text ?? '';
    const startsClause = previous === undefined || CLAUSE_STARTERS.has(previous) || (previous !== 'AS' && /^[A-Z_0-9]/.test(previous));
    if (tokens[i]!.text === 'USE' && startsClause && /^[A-Z_`]/.test(next)) {
      return { reason: 'other-database', detail: 'The USE clause is not allowed: queries run only on this explorer\'s database.' };
    }
    if (tokens[i]!.text === 'TRANSACTIONS' && tokens.slice(Math.max(0, i - 3), i).some((t) => t.text === 'IN')) {
      return { reason: 'call-in-transactions', detail: 'CALL { … } IN TRANSACTIONS is not allowed in the console.' };
    }
  }
  return null;
}

/** Layer 2, from EXPLAIN: the statement must be a pure read (queryType "r"). */
export function queryTypeRefusal(queryType: string | undefined): Refusal | null {
  if (queryType === 'r') return null;
  const kind = queryType === 's' ? 'a schema or administration command' : queryType === 'w' || queryType === 'rw' ? 'a write' : 'not a read';
  return { reason: 'not-read-only', detail: `The console runs read-only queries; this one is ${kind} (queryType "${queryType ?? 'unknown'}").` };
}

export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

/** The operator's name without the runtime suffix ("LoadCSV@neo4j" → "LoadCSV"). */
export const operatorName = (node: PlanNode): string => node.operatorType.split('@')[0]!;

/** The procedure a ProcedureCall operator calls, from its Details/Signature argument ("db.labels() :: …" → "db.labels"). */
export function procedureName(node: PlanNode): string {
  const details = String(node.arguments?.Details ?? node.arguments?.Signature ?? '');
  return details.split('(')[0]!.trim();
}

/** Every operator in the plan tree, depth first. */
export function planOperators(plan: PlanNode | null | undefined): PlanNode[] {
  if (!plan) return [];
  return [plan, ...(plan.children ?? []).flatMap(planOperators)];
}

/** Layer 3, from EXPLAIN's plan: no LoadCSV, only allow-listed procedures, no transactional subqueries or commands. */
export function planRefusal(plan: PlanNode | null | undefined): Refusal | null {
  for (const node of planOperators(plan)) {
    const name = operatorName(node);
    if (name === 'LoadCSV') return { reason: 'load-csv', detail: 'LOAD CSV is not allowed: the console cannot read files or URLs.' };
    if (name === 'ProcedureCall') {
      const procedure = procedureName(node);
      if (!ALLOWED_PROCEDURES.has(procedure)) {
        return { reason: 'procedure', detail: `Procedure ${procedure || '(unknown)'} is not allowed; allowed: ${[...ALLOWED_PROCEDURES].join(', ')}.` };
      }
    }
    if (name.startsWith('Transaction')) return { reason: 'call-in-transactions', detail: 'CALL { … } IN TRANSACTIONS is not allowed in the console.' };
    if (/^(Show|Terminate|Create|Drop|Alter|Grant|Revoke|Deny|Start|Stop)[A-Z]/.test(name)) {
      return { reason: 'admin-command', detail: `Administration and SHOW commands are not allowed (${name}).` };
    }
  }
  return null;
}
