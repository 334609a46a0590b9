// The change log: for the step (or window) shown, a headline of counts, then a digest (counts by type and group, who
// became most active, groups connected for the first time, new hubs; change-digest.ts), then the entries by date
// (change-items.ts), listed at once when few, else on demand (change-list.ts). It follows the slider and the language,
// and is the text alternative to the animation. The summary's cost is measured as "change-log-summary".
import type { Deps } from '../context';
import type { Edge } from '../types';
import { h, idleOnce, replaceChildren } from '../dom';
import { countText, dateText, msg, t } from '../i18n';
import { changeDigest } from '../lib/change-digest';
import { snapDate } from '../lib/dates';
import { changesBetween, milestonesBetween, periodStart, type Change } from '../lib/temporal';
import { lookOf } from '../graph/look';
import { snapshotFor } from '../view-sync';
import { digestElement } from './change-digest';
import { changeItem, milestoneItem } from './change-items';
import { changeList } from './change-list';
import { lengthText, stepText } from './time-text';

type Digest = ReturnType<typeof changeDigest>;

/** A period with fewer changes than this needs no digest: its list says it all. */
const DIGEST_FROM = 20;

/** Builds the change-log panel in `element`. */
export function setUpChangeLog(element: HTMLElement, deps: Deps): void {
  const { store, data } = deps;
  const summary = h('p', { class: 'summary', 'aria-live': 'polite', id: 'change-summary' });
  const digestBox = h('div', { class: 'change-digest-box' });
  const entries = changeList();
  const groups = new Map(lookOf(data).groups.map((g) => [g.id, g]));
  const groupOf = (id: string) => data.nodes.get(id)?.group ?? '';

  /** What the log shows for a period, worked out once: a language switch only writes it again in the other language. */
  let counted: { key: string; edges: unknown; changes: Change<Edge>[]; digest: Digest | null; inForce: number; began: number } | null =
    null;
  const count = (at: string, after: string) => {
    const state = store.get();
    const { edges } = data.timeline;
    const key = [at, state.mode, state.windowYears, state.precision].join(' ');
    if (counted?.key === key && counted.edges === edges) return counted;
    const changes = changesBetween(edges, after, at);
    const shown = snapshotFor(deps, state);
    const inForce = [...shown.edges.values()].filter((s) => s !== 'ended').length;
    const began = changes.filter((c) => c.kind === 'began').length;
    const digest =
      changes.length >= DIGEST_FROM
        ? changeDigest(edges, changes, changesBetween(edges, periodStart(after, state), after), after, at, groupOf)
        : null;
    return (counted = { key, edges, changes, digest, inForce, began });
  };

  const render = () => {
    performance.mark('change-log-start');
    const state = store.get();
    const at = state.at ?? snapDate(data.time().last, state.precision);
    const after = periodStart(at, state);
    const { changes, digest, inForce, began } = count(at, after);
    const milestones = milestonesBetween(data.timeline.milestones, after, at);
    const period =
      state.mode === 'window'
        ? t('changes.windowPeriod', { length: lengthText(state.windowYears, state.precision), date: dateText(at) })
        : stepText(at, state.precision);
    const counts = [
      t('changes.countBegan', { n: countText(began) }),
      t('changes.countEnded', { n: countText(changes.length - began) }),
      state.mode === 'asof' ? t('changes.countInForce', { n: countText(inForce) }) : null,
    ].filter(Boolean);
    replaceChildren(summary, h('strong', {}, period), ` · ${counts.join(' · ')}`);
    if (digest) {
      replaceChildren(digestBox, digestElement(digest, groups, deps));
    } else replaceChildren(digestBox);
    entries.fill(
      [
        ...milestones.map((m) => ({ date: m.date, build: () => milestoneItem(m, deps) })),
        ...changes.map((c) => ({ date: c.date, build: () => changeItem(c, deps) })),
      ].sort((a, b) => a.date.localeCompare(b.date)),
    );
    performance.measure('change-log-summary', 'change-log-start');
  };
  replaceChildren(element, h('h2', { class: 'panel-title' }, msg('changes.title')), summary, digestBox, entries.element);
  const renderWhenIdle = idleOnce(render);
  store.subscribe((s, p) => {
    // A step redraws it when the browser is idle (Play stays fluid); a language switch at once, as the rest of the page.
    if (s.lang !== p.lang) render();
    else if (s.at !== p.at || s.mode !== p.mode || s.windowYears !== p.windowYears || s.precision !== p.precision) renderWhenIdle();
  });
  // The first one too: the page paints the graph first.
  renderWhenIdle();
}
