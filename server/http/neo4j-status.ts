// What the server knows about its Neo4j beyond "answers or not" (whose it is, whether it is being restarted), told
// truthfully: the wording of 503s while Neo4j is down, and /api/health's verdict when the embedded Neo4j is lost.
import type { Response } from 'express';
import type { EmbeddedState } from '../neo4j-process/supervisor.js';
import { AppError } from './problems.js';

/** Whose Neo4j this is: one this process started and restarts (embedded), or one it can only wait for. */
export type Neo4jOwnership = { kind: 'external' } | { kind: 'embedded'; status: () => EmbeddedState };

/** The detail of a 503 while Neo4j does not answer. */
export function outageDetail(ownership: Neo4jOwnership): string {
  if (ownership.kind === 'external') {
    return (
      'Neo4j does not answer. Hulian keeps checking and serves again on its own once it answers, but it cannot ' +
      'restart a Neo4j it did not start: bring back the Neo4j that NEO4J_URI names.'
    );
  }
  const status = ownership.status();
  if (status.state === 'restarting') {
    return `Neo4j stopped and is being restarted (attempt ${status.attempt} of ${status.attempts}); try again in a few seconds.`;
  }
  if (status.state === 'failed') {
    return `Neo4j stopped and could not be restarted (${status.reason}). Hulian is stopping so that whatever supervises it can start it again.`;
  }
  return (
    'Neo4j is running but does not answer (it may be paused, overloaded or still preparing the database). ' +
    'Hulian keeps checking and serves again as soon as it answers; try again in a few seconds.'
  );
}

/** A 503 problem for /api/health when the process cannot serve until it recovers or is replaced; null when it is live. */
export function livenessProblem(ownership: Neo4jOwnership): AppError | null {
  if (ownership.kind === 'external') return null;
  const status = ownership.status();
  if (status.state === 'restarting') {
    return new AppError(503, 'Neo4j restarting', outageDetail(ownership), {
      reason: 'neo4j-restarting',
      attempt: status.attempt,
      attempts: status.attempts,
    });
  }
  if (status.state === 'failed') return new AppError(503, 'Neo4j failed', outageDetail(ownership), { reason: 'neo4j-failed' });
  return null;
}

const STATUS_KEY = 'hulianNeo4jStatus';

/** What the request guard tells the routes and the problem handler through res.locals. */
export interface Neo4jStatusView {
  /** The 503 detail to use right now, or undefined while Neo4j is available. */
  outageDetail(): string | undefined;
  /** /api/health's 503, or null when the process is live. */
  livenessProblem(): AppError | null;
}

/** Attaches the status view to a response (the request guard does this for every request). */
export function exposeNeo4jStatus(res: Response, view: Neo4jStatusView): void {
  res.locals[STATUS_KEY] = view;
}

/** The status view the guard attached, or undefined (an app without the guard, as in some tests). */
export function neo4jStatusOf(res: Response): Neo4jStatusView | undefined {
  return res.locals[STATUS_KEY] as Neo4jStatusView | undefined;
}
