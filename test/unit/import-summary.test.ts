// The import's closing lines: new versus already present per part, a re-run saying nothing is new, and the
// phase times with the rate over the write alone.
import { describe, expect, it } from 'vitest';
import { countOf, describeNewAndPresent, describeTimings, newAndPresent } from '../../server/cli/import-summary.js';
import type { PartCounts } from '../../server/import/load.js';

const counts = (partial: Partial<PartCounts>): PartCounts => ({
  sources: 0,
  vocabulary: 0,
  nodes: 0,
  ownership: 0,
  relationships: 0,
  milestones: 0,
  ...partial,
});

describe('describeNewAndPresent', () => {
  it('should list new and already-present records, leaving out parts the file does not have', () => {
    expect(describeNewAndPresent(counts({ relationships: 3, nodes: 2, sources: 1, vocabulary: 1 }), counts({ nodes: 1 }))).toEqual([
      'new: 3 relationships, 2 nodes, 1 source, 1 vocabulary entry',
      'already present: 0 relationships, 1 node, 0 sources, 0 vocabulary entries',
    ]);
  });

  it('should name ownership links and milestones when the file has some', () => {
    expect(describeNewAndPresent(counts({ ownership: 2 }), counts({ milestones: 1 }))[0]).toMatch(/2 ownership links, 0 milestones$/);
  });

  it('when nothing was created, then it says so and counts what was already there', () => {
    expect(describeNewAndPresent(counts({}), counts({ relationships: 35592, nodes: 5881, sources: 1, vocabulary: 1 }))).toEqual([
      'nothing new: all of it was already in the database (35592 relationships, 5881 nodes, 1 source, 1 vocabulary entry); the properties were refreshed from the file',
    ]);
  });
});

describe('newAndPresent', () => {
  it('should count the nodes the file links to as already present', () => {
    const report = { created: counts({ nodes: 1 }), present: counts({ nodes: 2 }) };
    expect(newAndPresent(report, 5)).toEqual({ created: counts({ nodes: 1 }), present: counts({ nodes: 7 }) });
  });
});

describe('describeTimings', () => {
  it('should give every phase and a rate over the write time only', () => {
    const line = describeTimings({ connectMs: 62_000, readMs: 400, validateMs: 300, writeMs: 8_000, totalMs: 70_700 }, 36_000);
    expect(line).toBe(
      'time: connecting/starting Neo4j 62.0 s, reading 0.4 s, validating 0.3 s, writing 8.0 s (4500 relationships/s written); 70.7 s in all',
    );
  });

  it('should leave the rate out when nothing was timed', () => {
    expect(describeTimings({ connectMs: 1, readMs: 1, validateMs: 1, writeMs: 0, totalMs: 3 }, 10)).not.toMatch(/relationships\/s/);
  });
});

describe('countOf', () => {
  it('should use the singular for one', () => {
    expect([countOf('vocabulary', 1), countOf('vocabulary', 2)]).toEqual(['1 vocabulary entry', '2 vocabulary entries']);
  });
});
