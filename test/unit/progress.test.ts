// Progress on stderr: the plain line's wording, when progress shows (forced at once, auto after a delay), and
// a lines-mode run through the phases printing each phase's end with its count.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { formatProgressLine, formatSeconds, phaseProgress, progressVisible } from '../../server/cli/progress.js';

describe('formatProgressLine', () => {
  it('should give the phase, the count with its unit, the share done and the time while running', () => {
    expect(formatProgressLine({ phase: 'reading', unit: 'rows', count: 12000, fraction: 0.456, elapsedMs: 3040 }, false)).toBe(
      'reading: 12000 rows (45%), 3947 rows/s, 4 s left, 3.0 s',
    );
  });

  it('should say "done in" at the end, without the share', () => {
    expect(formatProgressLine({ phase: 'reading', unit: 'rows', count: 35592, fraction: 1, elapsedMs: 420 }, true)).toBe(
      'reading: 35592 rows, done in 0.4 s',
    );
  });

  it('should give only the time for a phase that counts nothing', () => {
    expect(formatProgressLine({ phase: 'connecting/starting Neo4j', elapsedMs: 12_345 }, false)).toBe('connecting/starting Neo4j: 12.3 s');
  });
});

describe('progressVisible', () => {
  it.each([
    ['none', 60_000, false],
    ['auto', 1_000, false],
    ['auto', 3_000, true],
    ['lines', 0, true],
    ['bar', 0, true],
  ] as const)('should be %s after %i ms: %s', (mode, since, shown) => {
    expect(progressVisible(mode, since, 3_000)).toBe(shown);
  });
});

describe('phaseProgress in lines mode', () => {
  const capture = () => {
    const stream = new PassThrough() as unknown as NodeJS.WriteStream;
    let text = '';
    (stream as unknown as PassThrough).on('data', (chunk) => {
      text += chunk;
    });
    return { stream, text: () => text };
  };

  it("when forced, then each phase ends with a line giving its count, and a phase's time is returned", async () => {
    const out = capture();
    const progress = phaseProgress({ mode: 'lines', stream: out.stream });
    progress.start('reading', 'rows', 0);
    progress.update(250, 0.5);
    progress.update(500, 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(progress.end()).toBeGreaterThanOrEqual(15);
    progress.start('validating', 'rows', 500);
    progress.start('writing', 'records', 0);
    progress.update(501, 1);
    progress.stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(
      out
        .text()
        .split('\n')
        .filter(Boolean)
        .map((l) => l.replace(/done in \d+\.\d s/, 'done in T')),
    ).toEqual([
      'hulian: reading: 500 rows, done in T',
      'hulian: validating: 500 rows, done in T',
      'hulian: writing: 501 records, done in T',
    ]);
  });

  it('when auto and the import is quick, then it prints nothing', async () => {
    const out = capture();
    const progress = phaseProgress({ mode: 'auto', stream: out.stream, delayMs: 60_000 });
    progress.start('reading', 'rows', 0);
    progress.update(10, 1);
    progress.stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(out.text()).toBe('');
  });

  it('when a phase runs past the interval, then it prints a running line before its end', async () => {
    const out = capture();
    const progress = phaseProgress({ mode: 'lines', stream: out.stream, lineIntervalMs: 10 });
    progress.start('writing', 'records', 0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    progress.update(40, 0.4);
    progress.stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(out.text()).toMatch(/^hulian: writing: 40 records \(40%\), \d+\.\d s\n/);
  });
});

describe('formatSeconds', () => {
  it('should round to a tenth of a second', () => {
    expect(formatSeconds(75_249)).toBe('75.2 s');
  });
});
