// End dates at year or month precision (issue 24): the loader stores them as the last day of their period, so the replay
// keeps a relationship through the period the text names and never into the next; each end cites a passage it validates.
import { describe, expect, it } from 'vitest';
import { inForceAt } from '../../contract/dates.js';
import { readDatasetDir } from '../../server/import/bundled.js';
import { parsePartialDate, parsePartialEnd } from '../../server/import/dates.js';
import { toRows } from '../../server/import/load.js';
import { validateDataset } from '../../server/import/validate.js';

type Rec = Record<string, unknown>;
const raw = readDatasetDir();
const rows = toRows(validateDataset(raw).dataset).relationships;

describe('parsePartialEnd', () => {
  it('should read a year or a month as its last day and keep a day as it is', () => {
    expect(parsePartialEnd('2023')).toEqual({ date: '2023-12-31', precision: 'year' });
    expect(parsePartialEnd('2024-02')).toEqual({ date: '2024-02-29', precision: 'month' });
    expect(parsePartialEnd('2023-02')).toEqual({ date: '2023-02-28', precision: 'month' });
    expect(parsePartialEnd('2021-09-17')).toEqual({ date: '2021-09-17', precision: 'day' });
  });

  it('should reject what parsePartialDate rejects, with the same reason', () => {
    expect(parsePartialEnd('2021-13')).toBe(parsePartialDate('2021-13'));
  });
});

describe('the loader and the replay', () => {
  it('should store every flagship end as the last day of the period its record gives', () => {
    const ends = rows.filter((r) => (r.props as Rec).until !== null);
    expect(ends.length).toBeGreaterThan(5);
    for (const row of ends) {
      const record = (raw.relationships as Rec[]).find((r) => r.id === row.id)!;
      expect([row.id, String((row.props as Rec).until)]).toEqual([row.id, (parsePartialEnd(record.until) as { date: string }).date]);
    }
  });

  it('should keep "until 2014" in force through 2014 and no later', () => {
    const row = rows.find((r) => r.id === 'qihoo-360-litigates-with-tencent-2010')!.props as Rec;
    const edge = { since: String(row.since), until: String(row.until) };
    expect([inForceAt(edge, '2014-06-30'), inForceAt(edge, '2014-12-30'), inForceAt(edge, '2015-01-01')]).toEqual([true, true, false]);
  });
});

describe('untilBasis validation', () => {
  const broken = (change: (r: Rec) => void) => {
    const copy = structuredClone(raw);
    const record = (copy.relationships as Rec[]).find((r) => r.id === 'qihoo-360-litigates-with-tencent-2010')!;
    change(record);
    return validateDataset(copy).issues.map((i) => `${i.field}: ${i.message}`);
  };

  it("should reject an end's passage from a source the record does not cite", () => {
    const issues = broken((r) => ((r.untilBasis as Rec).source = 'knewsmart-wechat-alipay-handshake-2024-03-02'));
    expect(issues).toEqual(['untilBasis.source: "knewsmart-wechat-alipay-handshake-2024-03-02" is not one of this record\'s sources']);
  });

  it('should reject a passage for an end the record does not have', () => {
    expect(broken((r) => (r.until = null))).toEqual(['untilBasis: gives the passage for an end, but `until` is empty']);
  });
});
