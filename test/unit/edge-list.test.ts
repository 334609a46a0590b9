// CSV edge lists: column mapping, date formats, implicit nodes, deterministic ids, and the command-line options.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cellValue, convertDate, EdgeListBuilder, slugify, type EdgeListMapping } from '../../server/import/edge-list.js';
import { completeMapping, parseImportArgs, UsageError } from '../../server/cli/import-args.js';
import { EdgeListFileError, readEdgeList } from '../../server/import/read-edge-list.js';
import { validateDataset } from '../../server/import/validate.js';

const dir = mkdtempSync(join(tmpdir(), 'hulian-edge-list-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const OTC = [
  'x.csv',
  '--no-header',
  '--columns',
  'source,target,rating,unix_time',
  '--type',
  'RATES',
  '--since-col',
  'unix_time',
  '--since-format',
  'unix',
  '--props',
  'rating',
  '--source-date',
  '2016-01-25',
];
const mappingOf = (args: string[], columns: string[]) => completeMapping(parseImportArgs(args).mapping, columns);

describe('convertDate', () => {
  it.each([
    ['abc', 'unix'],
    ['', 'unix'],
    ['1e400', 'unix'],
    ['21', 'year'],
  ] as const)('should reject %j as %s with the expected form', (cell, format) => {
    expect(convertDate(cell, format)).toHaveProperty('error');
  });

  it('should turn Unix seconds and milliseconds into the same UTC day', () => {
    expect(convertDate('1289241911.72836', 'unix')).toBe(new Date(1289241911728).toISOString().slice(0, 10));
    expect(convertDate('1289241911728', 'unix-ms')).toBe(convertDate('1289241911', 'unix'));
  });

  it('should keep partial ISO dates and cut an ISO timestamp to its day', () => {
    expect(convertDate('2021-09', 'iso')).toBe('2021-09');
    expect(convertDate('2021-09-17T10:00:00Z', 'iso')).toBe('2021-09-17');
  });
});

describe('slugify and cellValue', () => {
  it('should leave nothing of a value without letters or digits', () => {
    expect(slugify(' -- ')).toBe('');
  });

  it('should make kebab-case ids and keep numbers as numbers', () => {
    expect(slugify('WeChat Pay!')).toBe('wechat-pay');
    expect([cellValue('-10'), cellValue('2.5'), cellValue('ten')]).toEqual([-10, 2.5, 'ten']);
  });
});

describe('parseImportArgs', () => {
  it.each([
    [[], /give the file/],
    [['a.csv', '--type', 'rates'], /UPPER_SNAKE_CASE/],
    [['a.csv', '--columns', 'a,b'], /--no-header/],
    [['a.csv', '--since-format', 'epoch'], /--since-format must be one of/],
    [['a.csv', '--kind', 'Robot'], /--kind must be one of/],
    [['a.csv', '--bogus'], /bogus/],
  ])('should refuse %j naming the option', (args, message) => {
    expect(() => parseImportArgs(args)).toThrow(message);
  });

  it('should refuse a mapping with no type or no since date', () => {
    expect(() => mappingOf(['a.csv'], ['source', 'target', 'since'])).toThrow(UsageError);
    expect(() => mappingOf(['a.csv', '--type', 'RATES'], ['source', 'target'])).toThrow(/since/);
  });

  it('should take type, since, until and id columns from the header when they are there', () => {
    const mapping = mappingOf(['a.csv'], ['id', 'source', 'target', 'type', 'since', 'until']);
    expect(mapping).toMatchObject({ typeCol: 'type', sinceCol: 'since', untilCol: 'until', idCol: 'id', sourceId: 'import-a-csv' });
  });
});

describe('EdgeListBuilder', () => {
  const mapping = (): EdgeListMapping => mappingOf([...OTC, '--id-prefix', 'otc-'], ['source', 'target', 'rating', 'unix_time']);

  it('should report a bad Unix time and an empty node id with file, line and column', () => {
    const builder = new EdgeListBuilder(mapping());
    builder.addRow({ source: '1', target: '2', rating: '3', unix_time: 'yesterday' }, 4);
    builder.addRow({ source: '!!', target: '2', rating: '3', unix_time: '1289241911' }, 5);
    expect(builder.issues).toEqual([
      expect.objectContaining({
        file: 'x.csv',
        record: 'line 4',
        field: 'unix_time',
        message: expect.stringMatching(/Unix time in seconds/),
      }),
      expect.objectContaining({ file: 'x.csv', record: 'line 5', field: 'source' }),
    ]);
  });

  it('should refuse two different names that become the same node id', () => {
    const builder = new EdgeListBuilder(mapping());
    builder.addRow({ source: 'A b', target: 'a-B', rating: '1', unix_time: '1289241911' }, 1);
    expect(builder.issues[0]?.message).toMatch(/both become node id "otc-a-b"/);
  });

  it('should build a valid dataset: implicit nodes, one source for the file, numeric properties, stable ids', () => {
    const rows = [
      { source: '6', target: '2', rating: '4', unix_time: '1289241911.72836' },
      { source: '6', target: '5', rating: '-2', unix_time: '1289241941.5' },
    ];
    const build = () => {
      const builder = new EdgeListBuilder(mapping());
      rows.forEach((row, i) => builder.addRow(row, i + 1));
      return builder.build(new Set(['otc-5']));
    };
    const raw = build();
    expect(validateDataset(raw, { knownNodes: new Map([['otc-5', 'Node']]) }).issues).toEqual([]);
    expect(raw.nodes.map((n) => (n as { id: string }).id).sort()).toEqual(['otc-2', 'otc-6']);
    expect(raw.relationships[0]).toMatchObject({
      source: 'otc-6',
      target: 'otc-2',
      type: 'RATES',
      since: convertDate(rows[0]!.unix_time, 'unix'),
      properties: { rating: 4 },
      sources: [{ id: 'import-x-csv', pointer: 'line 1' }],
    });
    expect(raw.vocabulary).toEqual([expect.objectContaining({ type: 'RATES', category: 'open' })]);
    expect(build().relationships.map((r) => (r as { id: string }).id)).toEqual(raw.relationships.map((r) => (r as { id: string }).id));
  });
});

describe('readEdgeList', () => {
  it('should refuse a file without a header when no columns are named', async () => {
    const path = file('a.csv', '1,2,3,1289241911\n');
    await expect(readEdgeList(path, 'a.csv', { header: false, delimiter: ',' }, () => mappingOf(OTC, []))).rejects.toThrow(/--columns/);
  });

  it('should name the missing column and the columns the file has', async () => {
    const path = file('b.csv', 'from,to,since\n1,2,2020\n');
    await expect(
      readEdgeList(path, 'b.csv', { header: true, delimiter: ',' }, (columns) => mappingOf(['b.csv', '--type', 'RATES'], columns)),
    ).rejects.toThrow(/"source", "target" not found; the columns are from, to, since/);
  });

  it('should name the line of a row with the wrong number of fields', async () => {
    const path = file('c.csv', '1,2,3,1289241911\n1,2,3\n');
    await expect(
      readEdgeList(path, 'c.csv', { header: false, columns: ['source', 'target', 'rating', 'unix_time'], delimiter: ',' }, () =>
        mappingOf(OTC, []),
      ),
    ).rejects.toThrow(EdgeListFileError);
  });

  it('should read an SNAP-style file without a header, numbering records by file line', async () => {
    const path = file('d.csv', '6,2,4,1289241911.72836\n\n6,5,2,1289241941.53648\n');
    const builder = await readEdgeList(
      path,
      'd.csv',
      { header: false, columns: ['source', 'target', 'rating', 'unix_time'], delimiter: ',' },
      () => mappingOf(OTC, []),
    );
    expect(builder.rows).toBe(2);
    expect(builder.build().recordNames?.relationships).toEqual(['line 1', 'line 3']);
  });
});
