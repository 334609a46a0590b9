// Pure functions over the timeline payload: what is in force at a date, what a step or window
// changed, and the diff between two dates. "In force at D" is the contract's rule (contract/dates.ts inForceAt).
import { inForceAt } from '../../../contract/dates';
import { latestByPair } from '../../../contract/relationship-pairs';
import type { Edge, Milestone } from '../types';
import { completeDate } from './dates';
import { shiftDate, type TimeUnit } from './time-unit';

type EdgeStatus = 'in-force' | 'arrived' | 'ended';
export type ViewMode = 'asof' | 'window';

type Dated = Pick<Edge, 'id' | 'source' | 'target' | 'since' | 'until'>;

export interface SnapshotOptions {
  mode: ViewMode;
  /** The unit the slider steps by; changes within the step ending at `at` count as new. */
  precision: TimeUnit;
  /** Window mode: how many steps of `precision` back from `at` the window reaches (the name predates units other
   * than years; old links' `win` years are converted on decoding). */
  windowYears: number;
}

export interface Snapshot {
  at: string;
  edges: Map<string, EdgeStatus>;
  nodes: Set<string>;
}

/** True when `date` lies in the half-open period (after, upTo]. */
const within = (date: string | null, after: string, upTo: string) =>
  date !== null && completeDate(date) > after && completeDate(date) <= upTo;

/** The exclusive start of the period a view at `at` reports changes for. */
export function periodStart(at: string, options: SnapshotOptions): string {
  const steps = options.mode === 'window' ? Math.max(1, Math.floor(options.windowYears)) : 1;
  return shiftDate(at, options.precision, -steps);
}

/**
 * The network as shown at `at`. "As of": every edge in force (marked "arrived" when it began in the
 * step ending at `at`) plus edges that ended in that step. "Window": only edges that began or ended
 * in the last N steps. Nodes are the endpoints of the shown edges.
 */
export function snapshot(edges: readonly Dated[], at: string, options: SnapshotOptions): Snapshot {
  if (!Number.isFinite(options.windowYears)) throw new TypeError('windowYears must be a number');
  const after = periodStart(at, options);
  const shown = new Map<string, EdgeStatus>();
  for (const edge of edges) {
    const live = inForceAt(edge, at);
    const began = within(edge.since, after, at);
    const ended = within(edge.until, after, at);
    let status: EdgeStatus | null = null;
    if (ended) status = 'ended';
    else if (live && began) status = 'arrived';
    else if (live && options.mode === 'asof') status = 'in-force';
    if (status) shown.set(edge.id, status);
  }
  const nodes = new Set<string>();
  for (const edge of edges) {
    if (shown.has(edge.id)) {
      nodes.add(edge.source);
      nodes.add(edge.target);
    }
  }
  return { at, edges: shown, nodes };
}

export interface Change<E> {
  date: string;
  kind: 'began' | 'ended';
  edge: E;
}

/** The edge changes (beginnings and ends) in the period (after, upTo], oldest first. */
export function changesBetween<E extends Dated>(edges: readonly E[], after: string, upTo: string): Change<E>[] {
  if (after > upTo) throw new RangeError(`period start ${after} is after its end ${upTo}`);
  const changes: Change<E>[] = [];
  for (const edge of edges) {
    if (within(edge.since, after, upTo)) changes.push({ date: completeDate(edge.since), kind: 'began', edge });
    if (within(edge.until, after, upTo)) changes.push({ date: completeDate(edge.until!), kind: 'ended', edge });
  }
  return changes.sort((a, b) => a.date.localeCompare(b.date) || a.edge.id.localeCompare(b.edge.id));
}

/** A milestone that has a date (the API sends null for one whose sources give none). */
export type DatedMilestone = Milestone & { date: string };
export const isDated = (milestone: Milestone): milestone is DatedMilestone => milestone.date !== null;

/** The milestones dated in (after, upTo]. */
export function milestonesBetween(milestones: readonly Milestone[], after: string, upTo: string): DatedMilestone[] {
  return milestones
    .filter(isDated)
    .filter((m) => within(m.date, after, upTo))
    .sort((a, b) => a.date.localeCompare(b.date));
}

export interface Diff {
  added: string[];
  ended: string[];
  persisted: string[];
}

/**
 * What changed from `from` to `to`. As of (the default): edges added (in force at `to`, not at `from`), ended (at `from`,
 * not at `to`) and persisted (both). In window mode the two windows ending at `from` and `to` are compared, so events
 * (a start, no end) are meaningful too: a pair of nodes (with a relationship type) is active in a window when one of
 * its relationships began or ended in it; it is added when active only in the later window, ended when active only in
 * the earlier one, persisted when active in both. Each pair is named by its latest relationship in the window.
 */
export function diff(edges: readonly Dated[], from: string, to: string, options?: SnapshotOptions): Diff {
  if (options?.mode === 'window') return windowDiff(edges, from, to, options);
  const result: Diff = { added: [], ended: [], persisted: [] };
  for (const edge of edges) {
    const before = inForceAt(edge, from);
    const after = inForceAt(edge, to);
    if (before && after) result.persisted.push(edge.id);
    else if (after) result.added.push(edge.id);
    else if (before) result.ended.push(edge.id);
  }
  return result;
}

type PairEdges = Map<string, Dated & { type?: string }>;

/** The pairs active in the window ending at `at`, each with its latest relationship there (contract/relationship-pairs.ts). */
function activePairs(edges: readonly (Dated & { type?: string })[], at: string, options: SnapshotOptions): PairEdges {
  const after = periodStart(at, { ...options, mode: 'window' });
  return latestByPair(edges.filter((edge) => within(edge.since, after, at) || within(edge.until, after, at)));
}

function windowDiff(edges: readonly Dated[], from: string, to: string, options: SnapshotOptions): Diff {
  const before = activePairs(edges, from, options);
  const after = activePairs(edges, to, options);
  const result: Diff = { added: [], ended: [], persisted: [] };
  for (const [key, edge] of after) (before.has(key) ? result.persisted : result.added).push(edge.id);
  for (const [key, edge] of before) if (!after.has(key)) result.ended.push(edge.id);
  return result;
}
