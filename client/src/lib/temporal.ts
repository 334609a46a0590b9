// Pure functions over the timeline payload: what is in force at a date, what a step or window
// changed, and the diff between two dates. "In force at D" is the contract's rule (contract/dates.ts inForceAt).
import { inForceAt } from '../../../contract/dates';
import type { Edge, Milestone } from '../types';
import { addMonths, completeDate } from './dates';

type EdgeStatus = 'in-force' | 'arrived' | 'ended';
export type ViewMode = 'asof' | 'window';

type Dated = Pick<Edge, 'id' | 'source' | 'target' | 'since' | 'until'>;

export interface SnapshotOptions {
  mode: ViewMode;
  /** The step the slider moves by; changes within the step ending at `at` count as new. */
  precision: 'year' | 'month';
  /** Window mode: how many years back from `at` the window reaches. */
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
  if (options.mode === 'window') return addMonths(at, -12 * Math.max(1, Math.floor(options.windowYears)));
  return addMonths(at, options.precision === 'year' ? -12 : -1);
}

/**
 * The network as shown at `at`. "As of": every edge in force (marked "arrived" when it began in the
 * step ending at `at`) plus edges that ended in that step. "Window": only edges that began or ended
 * in the last N years. Nodes are the endpoints of the shown edges.
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

/** Edges added (in force at `to`, not at `from`), ended (at `from`, not at `to`) and persisted (both). */
export function diff(edges: readonly Dated[], from: string, to: string): Diff {
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
