// The choices discovery makes from what it found, as pure functions: each relationship type's start and end (paired by
// name and storage form), each label's caption (captions.ts) and the grouping; an unclear case is decided and recorded as a choice.
import type { LensChoice, LensRelationship, TimeProperty } from '../../contract/lens.js';

/** Start and end words that pair two keys once one replaces the other ("valid_from" / "valid_to", "startDate" / "endDate"). */
const PAIR_WORDS: readonly (readonly [string, string])[] = [
  ['since', 'until'],
  ['since', 'till'],
  ['start', 'end'],
  ['started', 'ended'],
  ['starts', 'ends'],
  ['begin', 'end'],
  ['from', 'to'],
  ['from', 'until'],
  ['created', 'deleted'],
  ['opened', 'closed'],
  ['born', 'died'],
  ['joined', 'left'],
  ['founded', 'dissolved'],
];

/** Words that make a lone key a likely start, best first. */
const START_WORDS = ['since', 'start', 'from', 'begin', 'valid', 'created', 'opened', 'sent', 'date', 'time', 'at'];

const squash = (key: string) => key.toLowerCase().replace(/[_\-\s]/g, '');

/** True when `end` is `start` with a start word swapped for its end word. */
export function pairsAsStartEnd(start: string, end: string): boolean {
  const [a, b] = [squash(start), squash(end)];
  return PAIR_WORDS.some(([s, e]) => {
    const at = a.indexOf(s);
    return at >= 0 && a.slice(0, at) + e + a.slice(at + s.length) === b;
  });
}

const startRank = (key: string) => {
  const rank = START_WORDS.findIndex((word) => squash(key).includes(word));
  return rank < 0 ? START_WORDS.length : rank;
};

/** The start and end of one relationship type from its time properties; null when it has none. */
export function decideTimes(
  type: string,
  candidates: readonly TimeProperty[],
): { relationship: LensRelationship; choices: LensChoice[] } | null {
  if (!candidates.length) return null;
  const pairs = candidates.flatMap((start) =>
    candidates
      .filter((end) => end !== start && end.form === start.form && pairsAsStartEnd(start.key, end.key))
      .map((end) => ({ start, end })),
  );
  const choices: LensChoice[] = [];
  const describe = (p: { start: TimeProperty; end: TimeProperty | null }) => (p.end ? `${p.start.key} → ${p.end.key}` : p.start.key);
  if (pairs.length) {
    const sorted = [...pairs].sort((x, y) => startRank(x.start.key) - startRank(y.start.key) || x.start.key.localeCompare(y.start.key));
    const chosen = sorted[0]!;
    if (pairs.length > 1 || candidates.length > 2)
      choices.push({
        about: 'start',
        subject: type,
        chosen: describe(chosen),
        options: [...sorted, ...candidates.map((start) => ({ start, end: null }))].map(describe),
      });
    return { relationship: { type, ...chosen }, choices };
  }
  const sorted = [...candidates].sort((x, y) => startRank(x.key) - startRank(y.key) || x.key.localeCompare(y.key));
  const start = sorted[0]!;
  if (sorted.length > 1) choices.push({ about: 'start', subject: type, chosen: start.key, options: sorted.map((c) => c.key) });
  return { relationship: { type, start, end: null }, choices };
}

/** Each label's caption: server/lens/captions.ts (re-exported for discovery's callers). */
export { decideCaption } from './captions.js';

/** Most distinct values a property may have to group by it. */
export const MAX_GROUPS = 12;

/**
 * The grouping: by label when several labels are shown; else by the one text property with 2..MAX_GROUPS distinct
 * values (fewest wins when several do, recorded as a choice); else by label (one group).
 */
export function decideGroup(
  labels: readonly string[],
  distinctCounts: ReadonlyMap<string, number>,
): { group: { by: 'label' } | { by: 'property'; key: string }; choices: LensChoice[] } {
  if (labels.length > 1) return { group: { by: 'label' }, choices: [] };
  const fit = [...distinctCounts]
    .filter(([, count]) => count >= 2 && count <= MAX_GROUPS)
    .sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]));
  if (!fit.length) return { group: { by: 'label' }, choices: [] };
  const key = fit[0]![0];
  const choices: LensChoice[] =
    fit.length > 1 ? [{ about: 'group', subject: '*', chosen: key, options: ['(label)', ...fit.map(([k]) => k)] }] : [];
  return { group: { by: 'property', key }, choices };
}
