// The views' time arithmetic (server/services/view-time.ts): a day's bound in every storage form reads back as that day,
// bounds keep the order of their days, and histogram buckets tile the span without gaps or overlaps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../server/db/convert.js';
import { addDays, boundOf, bucketsOf, dayOf, readableRelationships, unitForSpan, type Form } from '../../server/services/view-time.js';

const FORMS: Form[] = ['date', 'datetime', 'localdatetime', 'epochMillis', 'epochSeconds', 'isoString'];
const day = fc
  .date({ min: new Date('1971-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const comparable = (value: unknown) => {
  const json = toJson(value);
  return typeof json === 'number' ? json : String(json);
};

describe('view bounds in storage forms', () => {
  it.each(FORMS)('reads a %s bound back as the day it was made from', (form) => {
    fc.assert(
      fc.property(day, (d) => {
        expect(dayOf(form, toJson(boundOf(form, d)))).toBe(d);
      }),
    );
  });

  it.each(FORMS)('orders %s bounds as their days are ordered', (form) => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [x, y] = [comparable(boundOf(form, a)), comparable(boundOf(form, b))];
        expect(Math.sign(x < y ? -1 : x > y ? 1 : 0)).toBe(Math.sign(a < b ? -1 : a > b ? 1 : 0));
      }),
    );
  });

  it('bounds a year-form period by the first whole year starting on or after the day', () => {
    expect(toJson(boundOf('year', '2021-01-01'))).toBe(2021);
    expect(toJson(boundOf('year', '2021-03-05'))).toBe(2022);
  });

  it('reads nothing from a value of another form or naming no real day', () => {
    expect(dayOf('epochMillis', '2021-01-01')).toBeNull();
    expect(dayOf('isoString', '2021-02-30')).toBeNull();
    expect(dayOf('date', 20210101)).toBeNull();
    expect(dayOf('datetime', null)).toBeNull();
  });
});

describe('histogram buckets', () => {
  it('tile the span from its first to its last day, each starting where the one before ended', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 3000 }), (first, length) => {
        const last = addDays(first, length);
        const unit = unitForSpan(first, last);
        const buckets = bucketsOf(first, last, unit);
        expect(buckets[0]!.from <= first).toBe(true);
        expect(buckets.at(-1)!.at >= last).toBe(true);
        buckets.forEach((b, i) => {
          expect(b.at).toBe(addDays(b.before, -1));
          if (i) expect(b.from).toBe(buckets[i - 1]!.before);
        });
        expect(buckets.length).toBeLessThanOrEqual(70);
      }),
    );
  });

  it('cut a span of three years into months and one of ten years into years', () => {
    expect(unitForSpan('2021-01-01', '2023-12-31')).toBe('month');
    expect(bucketsOf('2021-01-21', '2023-12-10', 'month')).toHaveLength(36);
    expect(unitForSpan('2010-01-01', '2019-06-30')).toBe('year');
  });
});

describe('the relationships a view reads', () => {
  it('drop an end key no relationship holds, and a type whose start key is missing', () => {
    const day = (key: string) => ({ key, form: 'date' as const });
    const present = [
      { type: 'RATES', start: day('since'), end: day('until') },
      { type: 'OWNS', start: day('from'), end: null },
    ];
    expect(readableRelationships(present, new Set(['since']))).toEqual([{ type: 'RATES', start: day('since'), end: null }]);
    expect(readableRelationships(present, new Set(['since', 'until', 'from']))).toEqual(present);
  });
});
