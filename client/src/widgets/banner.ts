// The "Neo4j unavailable" banner: shown when any request answers 503, it polls /api/ready and
// clears itself (and tells the page to retry) once the database answers again.
import { onUnavailable, type Api } from '../api';
import { h, replaceChildren } from '../dom';
import { msg, t } from '../i18n';
import { problemMessage } from '../i18n/problems';
import { detailDisclosure } from './problem';

const POLL_MS = 3000;

/** Builds the banner in `element`; `onRecovered` runs when /api/ready answers 200 again. */
export function setUpBanner(
  element: HTMLElement,
  deps: { api: Api },
  onRecovered: () => void,
): { show(message: string, detail: string): void } {
  let polling: number | null = null;
  const poll = async () => {
    try {
      await deps.api.ready();
      element.hidden = true;
      document.body.classList.remove('db-down');
      if (polling !== null) window.clearInterval(polling);
      polling = null;
      onRecovered();
    } catch {
      /* still down: keep the banner and try again on the next tick */
    }
  };
  const show = (message: string, detail: string) => {
    replaceChildren(
      element,
      h('strong', {}, msg('banner.title')),
      message ? ` ${message}` : '',
      ' ',
      msg('banner.retrying', { seconds: POLL_MS / 1000 }),
      detail ? detailDisclosure(detail) : null,
    );
    element.hidden = false;
    document.body.classList.add('db-down');
    if (polling === null) polling = window.setInterval(() => void poll(), POLL_MS);
  };
  // The title already says the database is unavailable; a more specific message (restarting, shutting down) is added.
  onUnavailable((error) => {
    const message = problemMessage(error.problem);
    show(message === t('problem.unavailable') ? '' : message, error.problem.detail ?? '');
  });
  return { show };
}
