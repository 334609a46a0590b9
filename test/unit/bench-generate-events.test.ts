// generateEventNetwork and its CSV (bench/generate-events.ts): the large benchmark's trust-like network is seeded,
// heavy-tailed, mostly events with ratings in -10..10, and its CSV reads through the importer's edge-list path.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eventNetworkCsv, generateEventNetwork, type EventRow } from '../../bench/generate-events.js';
import { completeMapping, parseImportArgs } from '../../server/cli/import-args.js';
import { readEdgeList } from '../../server/import/read-edge-list.js';
import { validateDataset } from '../../server/import/validate.js';

const SPEC = { nodes: 3_000, relationships: 18_000, seed: 5 };
const rows = generateEventNetwork(SPEC);

function degrees(of: readonly EventRow[]): number[] {
  const degree = new Map<string, number>();
  for (const row of of) for (const end of [row.source, row.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  return [...degree.values()].sort((a, b) => a - b);
}

describe('generateEventNetwork', () => {
  it('should refuse fewer relationships than nodes, or too few nodes', () => {
    expect(() => generateEventNetwork({ nodes: 100, relationships: 50, seed: 1 })).toThrow(RangeError);
    expect(() => generateEventNetwork({ nodes: 2, relationships: 50, seed: 1 })).toThrow(RangeError);
  });

  it('should give the same rows for the same seed and other rows for another seed', () => {
    expect(generateEventNetwork(SPEC)).toEqual(rows);
    expect(generateEventNetwork({ ...SPEC, seed: SPEC.seed + 1 })).not.toEqual(rows);
  });

  it('should use every node and make exactly the relationships asked for, none a self-loop', () => {
    expect(rows).toHaveLength(SPEC.relationships);
    expect(degrees(rows)).toHaveLength(SPEC.nodes);
    expect(rows.filter((r) => r.source === r.target)).toEqual([]);
  });

  it('when degrees are counted, then the largest is far above the median (a heavy tail)', () => {
    const sorted = degrees(rows);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    expect(sorted.at(-1)!).toBeGreaterThan(50 * median);
  });

  it('should make about nine in ten relationships events, with no end', () => {
    const share = rows.filter((r) => r.until === null).length / rows.length;
    expect(share).toBeGreaterThan(0.85);
    expect(share).toBeLessThan(0.95);
  });

  it('should rate with integers in -10..10, never 0, mostly positive', () => {
    const outside = rows.filter((r) => !Number.isInteger(r.rating) || Math.abs(r.rating) < 1 || Math.abs(r.rating) > 10);
    expect(outside).toEqual([]);
    expect(rows.filter((r) => r.rating > 0).length / rows.length).toBeGreaterThan(0.8);
    expect(new Set(rows.map((r) => r.rating)).size).toBe(20);
  });

  it('should date rows by day over the years asked for, in row order, each end after its start', () => {
    const spread = generateEventNetwork({ ...SPEC, fromYear: 2015, years: 3 });
    const inRange = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date) && date >= '2015-01-01' && date <= '2017-12-31';
    expect(spread.filter((r) => !inRange(r.since))).toEqual([]);
    expect(spread.filter((r) => r.until !== null && !(inRange(r.until) && r.until > r.since))).toEqual([]);
    expect(spread.map((r) => r.since)).toEqual(spread.map((r) => r.since).sort());
  });
});

describe('eventNetworkCsv', () => {
  const folder = mkdtempSync(join(tmpdir(), 'hulian-events-csv-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('when read by the importer with --type and --props rating, then every row is valid and keeps its rating as a number', async () => {
    const small = generateEventNetwork({ nodes: 200, relationships: 1_000, seed: 9 });
    const path = join(folder, 'trust.csv');
    writeFileSync(path, eventNetworkCsv(small));
    const plan = parseImportArgs([path, '--type', 'RATES', '--props', 'rating', '--source-date', '2024-01-01']);
    const builder = await readEdgeList(path, plan.file, plan.layout, (columns) => completeMapping(plan.mapping, columns));
    expect(builder.issues).toEqual([]);
    const dataset = builder.build();
    expect(validateDataset(dataset).issues).toEqual([]);
    const relationships = dataset.relationships as { until: string | null; properties: { rating: unknown } }[];
    expect(relationships.map((r) => r.properties.rating)).toEqual(small.map((r) => r.rating));
    expect(relationships.map((r) => r.until)).toEqual(small.map((r) => r.until));
    expect(dataset.nodes).toHaveLength(degrees(small).length);
  });
});
