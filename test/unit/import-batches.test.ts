// The pure parts of a batched import: chunked validation gives the same issues as a whole one, dead imports are told
// from running ones, transient failures are retried and said, and --batch-size is checked.
import { describe, expect, it } from 'vitest';
import { checkBatchSize, UsageError } from '../../server/cli/import-args.js';
import { validateChunked } from '../../server/import/chunked.js';
import { EdgeListBuilder, type EdgeListMapping } from '../../server/import/edge-list.js';
import { sortMarkers, type ImportMarker } from '../../server/import/pending-imports.js';
import { describeRetry, withRetry } from '../../server/import/retry.js';
import { validateDataset } from '../../server/import/validate.js';

const mapping: EdgeListMapping = {
  file: 'pay.csv',
  sourceCol: 'source',
  targetCol: 'target',
  type: 'PAYS',
  newTypes: [],
  category: 'open',
  sinceCol: 'since',
  sinceFormat: 'iso',
  untilCol: 'until',
  untilFormat: 'iso',
  idCol: 'id',
  idPrefix: '',
  props: ['amount'],
  kind: 'Node',
  sourceId: 'pay',
  sourceTitle: 'pay.csv',
  sourceDate: '2024-01-01',
};

function builderWith(rows: number, bad: number[]): EdgeListBuilder {
  const builder = new EdgeListBuilder(mapping);
  for (let i = 0; i < rows; i++) {
    const until = bad.includes(i) ? '2000-01-01' : '';
    builder.addRow({ id: `p${i % (rows - 2)}`, source: `a${i % 7}`, target: `b${i % 5}`, since: '2020-05-01', until, amount: '3' }, i + 1);
  }
  return builder;
}

describe('validateChunked', () => {
  it('should find the same problems as validating the whole dataset at once, across chunk borders', () => {
    const builder = builderWith(50, [3, 31]);
    const whole = validateDataset(builder.build(), {})
      .issues.map((i) => `${i.record} ${i.field}`)
      .sort();
    const data = {
      head: builder.head(),
      relationshipCount: builder.rows,
      relationships: (a: number, b: number) => builder.relationships(a, b),
    };
    const chunked = validateChunked(data, {}, 7)
      .issues.map((i) => `${i.record} ${i.field}`)
      .sort();
    expect(chunked).toEqual(whole);
    expect(whole.filter((line) => line.endsWith(' id'))).toHaveLength(2);
    expect(whole.filter((line) => line.endsWith(' until'))).toHaveLength(2);
  });

  it('should report the types the relationships use', () => {
    const builder = builderWith(10, []);
    const data = { head: builder.head(), relationshipCount: 10, relationships: (a: number, b: number) => builder.relationships(a, b) };
    expect([...validateChunked(data, {}, 4).usedTypes]).toEqual(['PAYS']);
  });
});

describe('sortMarkers', () => {
  const marker = (over: Partial<ImportMarker>): ImportMarker => ({
    id: 'x',
    state: 'writing',
    file: 'f.csv',
    host: 'here',
    pid: 10,
    quietSeconds: 1,
    startedAt: '2024-01-01',
    ...over,
  });
  it('should discard a writing import whose process is gone or that has been quiet a minute, and finish a complete one', () => {
    const alive = (pid: number) => pid === 10;
    const sorted = sortMarkers(
      [
        marker({ id: 'live' }),
        marker({ id: 'gone', pid: 11 }),
        marker({ id: 'quiet', host: 'there', quietSeconds: 61 }),
        marker({ id: 'far', host: 'there', pid: 11 }),
        marker({ id: 'done', state: 'complete' }),
      ],
      { host: 'here', alive },
    );
    expect(sorted.dead.map((m) => m.id)).toEqual(['gone', 'quiet']);
    expect(sorted.running.map((m) => m.id)).toEqual(['live', 'far']);
    expect(sorted.unfinished.map((m) => m.id)).toEqual(['done']);
  });
});

describe('withRetry', () => {
  it('should run a transiently failing step again, saying why each time, and give up on other failures', async () => {
    const notices: string[] = [];
    let calls = 0;
    const result = await withRetry(
      'batch 3 of 9',
      async () => {
        if (++calls < 3) throw new Error('deadlock');
        return 'ok';
      },
      (notice) => notices.push(describeRetry(notice)),
      { firstWaitMs: 1, transient: () => true },
    );
    expect(result).toBe('ok');
    expect(notices).toEqual([
      'batch 3 of 9 failed (deadlock); retrying it in 0.0 s (attempt 2 of 5); what was committed before it stays',
      'batch 3 of 9 failed (deadlock); retrying it in 0.0 s (attempt 3 of 5); what was committed before it stays',
    ]);
    await expect(
      withRetry(
        'x',
        () => Promise.reject(new Error('bad data')),
        () => {},
        { transient: () => false },
      ),
    ).rejects.toThrow('bad data');
  });
});

describe('checkBatchSize', () => {
  it('should take whole numbers from 10 to 100000, default 10000, and name the option otherwise', () => {
    expect(checkBatchSize(undefined)).toBe(10_000);
    expect(checkBatchSize('250')).toBe(250);
    expect(() => checkBatchSize('5')).toThrow(UsageError);
    expect(() => checkBatchSize('1e9')).toThrow(/--batch-size/);
  });
});
