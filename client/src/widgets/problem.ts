// Shows a failure: a translated message (by status and reason for API problems) with the server's own English
// words one click away; they stay open in the English interface, where they need no translation.
import { ApiError } from '../api';
import { h } from '../dom';
import { currentLang, msg, t, type MessageKey } from '../i18n';
import { problemDetail, problemMessage } from '../i18n/problems';

/** The translated message for any thrown value. */
export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? problemMessage(error.problem) : t('problem.unexpected');
}

/** The English detail behind an error (the server's title and detail, or the exception's message). */
export function errorDetail(error: unknown): string {
  if (error instanceof ApiError) return problemDetail(error.problem);
  return error instanceof Error ? error.message : String(error);
}

/** "Server detail" as a disclosure holding `detail` (open in English). */
export function detailDisclosure(detail: string): HTMLElement {
  return h(
    'details',
    { class: 'problem-detail', open: currentLang() === 'en' },
    h('summary', {}, msg('problem.detail')),
    h('span', { translate: 'no', lang: 'en' }, detail),
  );
}

/** A status line for a failure: "`lead` message" and the detail on demand; `lead` names what failed. */
export function errorLine(error: unknown, lead: MessageKey | null = null, params: Record<string, string> = {}): HTMLElement {
  const text = [lead ? t(lead, params) : '', errorMessage(error)].filter(Boolean).join(' ');
  return h('div', { class: 'status status-error', role: 'alert' }, h('p', {}, text), detailDisclosure(errorDetail(error)));
}
