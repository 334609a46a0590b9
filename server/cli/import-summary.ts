// The closing lines of `npm run import`: what was new and what was already in the database (counted inside the
// load transaction), and how long each phase took, with the rate over the write transaction alone.
import type { LoadPart, LoadReport, PartCounts } from '../import/load.js';
import { formatSeconds } from './progress.js';

/** How long each phase of an import took, in ms. */
export interface ImportTimings {
  readMs: number;
  connectMs: number;
  validateMs: number;
  writeMs: number;
  /** A batched import's completing transaction and clean-up (absent for a one-transaction load). */
  completeMs?: number;
  cleanMs?: number;
  totalMs: number;
}

const NAMES: Record<LoadPart, [string, string]> = {
  relationships: ['relationship', 'relationships'],
  nodes: ['node', 'nodes'],
  sources: ['source', 'sources'],
  vocabulary: ['vocabulary entry', 'vocabulary entries'],
  ownership: ['ownership link', 'ownership links'],
  milestones: ['milestone', 'milestones'],
};
/** The order the report names the parts in; ownership links and milestones only when the file has some. */
const ORDER: LoadPart[] = ['relationships', 'nodes', 'sources', 'vocabulary', 'ownership', 'milestones'];
const ALWAYS = new Set<LoadPart>(['relationships', 'nodes', 'sources', 'vocabulary']);

/** "1 source", "2 vocabulary entries". */
export const countOf = (part: LoadPart, n: number) => `${n} ${NAMES[part][n === 1 ? 0 : 1]}`;

/**
 * New and already-present counts per part. `linkedNodes` are nodes the file names that were already in the
 * database before the load (the importer links to them instead of writing them): they count as already present.
 */
export function newAndPresent(
  report: Pick<LoadReport, 'created' | 'present'>,
  linkedNodes: number,
): { created: PartCounts; present: PartCounts } {
  return { created: report.created, present: { ...report.present, nodes: report.present.nodes + linkedNodes } };
}

/** The lines saying what the load created and what it found already there. */
export function describeNewAndPresent(created: PartCounts, present: PartCounts): string[] {
  const parts = ORDER.filter((p) => ALWAYS.has(p) || created[p] + present[p] > 0);
  const list = (counts: PartCounts) => parts.map((p) => countOf(p, counts[p])).join(', ');
  const anyNew = parts.some((p) => created[p] > 0);
  if (!anyNew) {
    return [`nothing new: all of it was already in the database (${list(present)}); the properties were refreshed from the file`];
  }
  return [`new: ${list(created)}`, `already present: ${list(present)}`];
}

/** "time: connecting/starting Neo4j 62.0 s, reading 0.4 s, validating 0.3 s, writing 8.2 s (4340 relationships/s written); 71.0 s in all". */
export function describeTimings(t: ImportTimings, relationships: number): string {
  const rate = t.writeMs > 0 ? ` (${Math.round(relationships / (t.writeMs / 1000))} relationships/s written)` : '';
  return (
    `time: connecting/starting Neo4j ${formatSeconds(t.connectMs)}, reading ${formatSeconds(t.readMs)}, ` +
    `validating ${formatSeconds(t.validateMs)}, writing ${formatSeconds(t.writeMs)}${rate}` +
    (t.completeMs !== undefined ? `, completing ${formatSeconds(t.completeMs)}` : '') +
    (t.cleanMs !== undefined ? `, cleaning ${formatSeconds(t.cleanMs)}` : '') +
    `; ${formatSeconds(t.totalMs)} in all`
  );
}
