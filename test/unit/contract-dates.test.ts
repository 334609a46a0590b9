// contract/dates.ts: the in-force rule and the ISO-day check both sides use, checked against oracles written out
// here (day numbers for the rule, a days-per-month table for the calendar) over generated dates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inForceAt, isIsoDate } from '../../contract/dates.js';

const DAY_MS = 86_400_000;
const dayText = (dayNumber: number) => new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
const dayNumber = fc.integer({ min: Math.floor(Date.UTC(2000, 0, 1) / DAY_MS), max: Math.floor(Date.UTC(2030, 11, 31) / DAY_MS) });

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number, month: number) => [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('inForceAt', () => {
  it('should hold exactly when since ≤ day and (until is null or day < until), for any dates', () => {
    fc.assert(
      fc.property(dayNumber, fc.option(dayNumber), dayNumber, (since, until, day) => {
        const expected = since <= day && (until === null || day < until);
        expect(inForceAt({ since: dayText(since), until: until === null ? null : dayText(until) }, dayText(day))).toBe(expected);
      }),
    );
  });

  it('should count since as inclusive and until as exclusive', () => {
    const edge = { since: '2013-07-01', until: '2021-09-17' };
    expect(inForceAt(edge, '2013-07-01')).toBe(true);
    expect(inForceAt(edge, '2013-06-30')).toBe(false);
    expect(inForceAt(edge, '2021-09-16')).toBe(true);
    expect(inForceAt(edge, '2021-09-17')).toBe(false);
  });

  it('when a date is partial (year or month), then it counts as its first day', () => {
    const partial = fc
      .tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.boolean())
      .map(([year, month, yearOnly]) =>
        yearOnly
          ? { text: String(year), first: `${year}-01-01` }
          : { text: `${year}-${pad(month, 2)}`, first: `${year}-${pad(month, 2)}-01` },
      );
    fc.assert(
      fc.property(partial, fc.option(partial), dayNumber, (since, until, day) => {
        const asPartial = inForceAt({ since: since.text, until: until?.text ?? null }, dayText(day));
        const asFirstDay = inForceAt({ since: since.first, until: until?.first ?? null }, dayText(day));
        expect(asPartial).toBe(asFirstDay);
      }),
    );
  });

  it('when an edge has no since (an undated relationship), then it is never in force', () => {
    fc.assert(
      fc.property(fc.option(dayNumber), dayNumber, (until, day) => {
        expect(inForceAt({ since: null, until: until === null ? null : dayText(until) }, dayText(day))).toBe(false);
      }),
    );
  });
});

describe('isIsoDate', () => {
  it('should accept YYYY-MM-DD exactly when the day exists in its month, leap years included', () => {
    const parts = fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }));
    fc.assert(
      fc.property(parts, ([year, month, day]) => {
        const exists = month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
        expect(isIsoDate(`${year}-${pad(month, 2)}-${pad(day, 2)}`)).toBe(exists);
      }),
    );
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
  });

  it('when the value is not a string in that exact form or its year is before 1000, then it is rejected', () => {
    for (const value of ['2021-2-3', ' 2021-02-03', '2021-02-03T00:00', '2021/02/03', '20210203', '0999-12-31', '', null, 20210203]) {
      expect(isIsoDate(value)).toBe(false);
    }
  });
});
