// The console's judgement before anything runs: the text layer (layers.ts), then EXPLAIN's queryType and plan.
// `explain` is passed in by the runner, which bounds it in time like the run itself.
import { ForbiddenQueryError } from '../http/problems.js';
import { lexicalRefusal, planRefusal, queryTypeRefusal, type PlanNode, type Refusal } from './layers.js';

/** What EXPLAIN tells about a query without running it. */
export interface Explained { queryType: string | undefined; plan: PlanNode | null }
export type Explain = (query: string, params: Record<string, unknown>) => Promise<Explained>;

const refuse = (refusal: Refusal | null) => {
  if (refusal) throw new ForbiddenQueryError(refusal.reason, refusal.detail);
};

/** Every layer before the run: throws a 403 ForbiddenQueryError naming the reason, before anything runs. */
export async function guardConsoleQuery(explain: Explain, query: string, params: Record<string, unknown>): Promise<void> {
  refuse(lexicalRefusal(query));
  const { queryType, plan } = await explain(query, params);
  refuse(queryTypeRefusal(queryType));
  refuse(planRefusal(plan));
}
