// What an API problem means, in the interface language: the server writes English problem+json, the client shows a
// translated message chosen by status and `reason` (the server's own words stay available as the detail).
import type { Problem } from '../types';
import { isMessageKey, t } from './index';

/** The translated one-line message for `problem`. */
export function problemMessage(problem: Problem): string {
  const { status, reason } = problem;
  if (status === 0) return t('problem.unreachable');
  if (status === 400) {
    if (problem.position) return t('problem.syntax', { line: problem.position.line, column: problem.position.column });
    if (problem.code || problem.gqlStatus) return t('problem.syntaxUnplaced');
    return problem.field ? t('problem.badField', { field: problem.field }) : t('problem.badRequest');
  }
  if (status === 403) {
    const key = `refused.${reason ?? 'other'}`;
    return t('problem.refused', { why: t(isMessageKey(key) ? key : 'refused.other') });
  }
  if (status === 404) return t('problem.notFound');
  if (status === 429) return t(reason === 'rate-limit' ? 'problem.rateLimit' : 'problem.busy');
  if (status === 503) {
    if (reason === 'shutting-down') return t('problem.shuttingDown');
    return t(reason === 'neo4j-restarting' ? 'problem.restarting' : 'problem.unavailable');
  }
  if (status === 504) return t('problem.timeout');
  return t('problem.failed', { status });
}

/** The server's own words for `problem` (English): its title and detail, and the reason code when it has one. */
export function problemDetail(problem: Problem): string {
  const detail = problem.detail ? `${problem.title}: ${problem.detail}` : problem.title;
  return problem.reason ? `${detail} (${problem.reason})` : detail;
}
