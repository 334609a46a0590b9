// The import options this module adds: --source-date (checked, else the file's modification day), --title as
// the source title, and --progress (with --no-progress as none).
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSourceDate, modificationDay, parseImportArgs, UsageError } from '../../server/cli/import-args.js';

const dir = mkdtempSync(join(tmpdir(), 'hulian-import-args-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const BASE = ['--type', 'RATES'];

describe('--source-date', () => {
  it("should default to the file's modification day (UTC)", () => {
    const path = join(dir, 'dated.csv');
    writeFileSync(path, 'source,target,since\n');
    utimesSync(path, new Date('2017-08-09T12:00:00Z'), new Date('2017-08-09T12:00:00Z'));
    const plan = parseImportArgs([path, ...BASE]);
    expect([plan.sourceDate, plan.mapping.sourceDate]).toEqual(['2017-08-09', '2017-08-09']);
    expect(modificationDay(path)).toBe('2017-08-09');
  });

  it("should take a given day over the file's", () => {
    expect(parseImportArgs(['x.csv', ...BASE, '--source-date', '2020-02-29']).mapping.sourceDate).toBe('2020-02-29');
  });

  it.each(['2021-02-29', '2021-13-01', '21-01-01', '2021-01', 'today'])('should refuse %s, naming the option', (value) => {
    expect(() => parseImportArgs(['x.csv', ...BASE, '--source-date', value])).toThrow(UsageError);
    expect(() => checkSourceDate(value)).toThrow(/--source-date must be a real day written YYYY-MM-DD/);
  });
});

describe('--title', () => {
  it('should set the source title like --source-title', () => {
    const plan = parseImportArgs(['x.csv', ...BASE, '--title', 'Trust network']);
    expect([plan.sourceTitle, plan.mapping.sourceTitle, plan.sourceGiven]).toEqual(['Trust network', 'Trust network', true]);
  });

  it('should refuse two different titles', () => {
    expect(() => parseImportArgs(['x.csv', ...BASE, '--title', 'a', '--source-title', 'b'])).toThrow(/--title and --source-title/);
  });
});

describe('--progress', () => {
  it.each([
    [[], 'auto'],
    [['--progress', 'lines'], 'lines'],
    [['--progress', 'bar'], 'bar'],
    [['--no-progress'], 'none'],
  ] as const)('should read %j as %s', (args, mode) => {
    expect(parseImportArgs(['x.csv', ...BASE, ...args]).progress).toBe(mode);
  });

  it('should refuse an unknown mode, naming the option', () => {
    expect(() => parseImportArgs(['x.csv', ...BASE, '--progress', 'loud'])).toThrow(/--progress must be one of auto, bar, lines, none/);
  });
});
