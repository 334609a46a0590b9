// toRows: what the loader writes for the audit's fields. An end known only as "by" a date keeps that date and says so,
// a start the sources do not give is written as no date at all, and scope, noteZh and inferred fields reach Neo4j.
import { describe, expect, it } from 'vitest';
import { readDatasetDir } from '../../server/import/bundled.js';
import { toRows } from '../../server/import/load.js';
import { validateDataset } from '../../server/import/validate.js';

type Rec = Record<string, unknown>;
const raw = readDatasetDir();
const rows = toRows(validateDataset(raw).dataset);
const rowOf = (id: string) => rows.relationships.find((r) => r.id === id)!.props as Rec;
const recordOf = (id: string) => (raw.relationships as Rec[]).find((r) => r.id === id)!;
const day = (value: unknown) => String(value);

describe('toRows for the audit fields', () => {
  it('should write an "ended by" end as the last day of its period with untilQualifier "by", never as a plain end', () => {
    const id = 'wechat-hosts-mini-program-of-tmall-2023';
    expect(recordOf(id)).toMatchObject({ until: '2024-09', untilQualifier: 'by' });
    expect(rowOf(id)).toMatchObject({ untilPrecision: 'month', untilQualifier: 'by' });
    expect(day(rowOf(id).until)).toBe('2024-09-30');
  });

  it('should write a start the sources do not give as no date, with sinceQualifier "unstated"', () => {
    const id = 'jd-com-hosts-store-of-dangdang-undated';
    expect(recordOf(id)).toMatchObject({ since: null, sinceQualifier: 'unstated' });
    expect(rowOf(id)).toMatchObject({ since: null, sincePrecision: null, sinceQualifier: 'unstated' });
  });

  it('should write scope and the Chinese note as they are in the data', () => {
    const id = 'wechat-allows-links-to-taobao-2021-09-17';
    expect(rowOf(id)).toMatchObject({ scope: recordOf(id).scope, noteZh: recordOf(id).noteZh, sinceQualifier: null, untilQualifier: null });
  });

  it('should write inferred fields as two parallel lists, in order', () => {
    const id = (raw.relationships as Rec[]).find((r) => (r.inferred as unknown[]).length > 1)!.id as string;
    const inferred = recordOf(id).inferred as { field: string; note: string }[];
    expect(inferred.length).toBeGreaterThan(1);
    expect(rowOf(id)).toMatchObject({ inferredFields: inferred.map((f) => f.field), inferredNotes: inferred.map((f) => f.note) });
  });

  it("should write a milestone's Chinese note and inferred fields", () => {
    const record = (raw.milestones as Rec[]).find((m) => (m.inferred as unknown[]).length > 0)!;
    const props = rows.milestones.find((m) => m.id === record.id)!.props as Rec;
    expect(props.noteZh).toBe(record.noteZh);
    expect(props.inferredFields).toEqual((record.inferred as { field: string }[]).map((f) => f.field));
  });
});
