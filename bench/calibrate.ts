// Sizes the client benchmark's networks by what the explorer shows: every node, the ownership links, and the
// relationships in force on the last day (or ended in its year). Picks the relationship count for a target.
import type { RawDataset } from '../server/import/validate.js';
import { generateNetwork, type NetworkSpec } from './generate.js';

export const SHOWN_AT = '2024-12-31';

const complete = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);

/** How many elements the explorer draws for `dataset` at `at` (the default view: as of the data's last day). */
export function visibleElements(dataset: RawDataset, at = SHOWN_AT): number {
  const yearBefore = `${Number(at.slice(0, 4)) - 1}${at.slice(4)}`;
  const nodes = dataset.nodes as { owner?: string | null }[];
  const shown = (dataset.relationships as { since: string; until: string | null }[]).filter(
    (r) => complete(r.since) <= at && (r.until === null || complete(r.until) > yearBefore),
  ).length;
  return nodes.length + nodes.filter((n) => n.owner).length + shown;
}

/** A network spec whose default view draws about `target` elements (a fifth of them nodes). */
export function specForVisible(target: number, seed: number): NetworkSpec {
  const nodes = Math.round(target / 5);
  const pilot = generateNetwork({ nodes, relationships: target, seed });
  const fixed = visibleElements({ ...pilot, relationships: [] });
  const shownPerRelationship = (visibleElements(pilot) - fixed) / target;
  return { nodes, relationships: Math.max(1, Math.round((target - fixed) / shownPerRelationship)), seed };
}
