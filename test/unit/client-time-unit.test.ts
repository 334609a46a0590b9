// The client's time units: which unit a span replays by, step ends and moves at each unit, and lengths converted
// between units. Expected step ends are checked against the calendar (Date), not against the code under test.
import { describe, expect, it } from 'vitest';
import { addDays, snapDate } from '../../client/src/lib/dates';
import { convertLength, shiftDate, stepsBetween, unitForSpan, unitsForSpan, windowForSpan } from '../../client/src/lib/time-unit';

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

describe('unitForSpan', () => {
  it('when the end comes before the start, then the span is the finest unit rather than an error', () => {
    expect(unitForSpan('2021-06-30', '2021-01-01')).toBe('day');
  });

  it.each([
    ['16 years', '2008-01-01', '2024-09-01', 'year'],
    ['6 months', '2021-01-04', '2021-06-30', 'week'],
    ['5 weeks', '2021-03-01', '2021-04-04', 'day'],
    ['10 days', '2021-03-01', '2021-03-10', 'day'],
    ['a year and a half', '2020-01-01', '2021-06-30', 'month'],
  ])('when the data span %s, then it steps by %s', (_, first, last, unit) => {
    expect(unitForSpan(first, last)).toBe(unit);
  });

  it('should give a replay between about 10 and 60 steps for spans from two weeks to forty years', () => {
    for (const days of [14, 40, 70, 120, 200, 300, 500, 1000, 1500, 3000, 6000, 14600]) {
      const last = addDays('2000-01-01', days);
      const steps = stepsBetween('2000-01-01', last, unitForSpan('2000-01-01', last)) + 1;
      expect(steps, `${days} days`).toBeGreaterThanOrEqual(5);
      expect(steps, `${days} days`).toBeLessThanOrEqual(60);
    }
  });
});

describe('unitsForSpan', () => {
  it('should offer the units giving at least three steps and not thousands', () => {
    expect(unitsForSpan('2008-01-01', '2024-09-01')).toEqual(['year', 'month', 'week']);
    expect(unitsForSpan('2021-01-04', '2021-06-30')).toEqual(['month', 'week', 'day']);
    expect(unitsForSpan('2021-03-01', '2021-03-10')).toEqual(['day']);
  });
});

describe('snapDate and shiftDate', () => {
  it('should snap any day to the Sunday that ends its ISO week, and a Sunday to itself', () => {
    for (let i = 0; i < 14; i++) {
      const day = addDays('2021-09-13', i);
      const end = snapDate(day, 'week');
      expect(weekday(end)).toBe(0);
      expect(end >= day && end <= addDays(day, 6)).toBe(true);
    }
  });

  it("when a month's last day moves by months or years, then it stays a month's last day", () => {
    expect(shiftDate('2021-01-31', 'month', 1)).toBe('2021-02-28');
    expect(shiftDate('2021-02-28', 'month', 1)).toBe('2021-03-31');
    expect(shiftDate('2021-02-28', 'month', -1)).toBe('2021-01-31');
    expect(shiftDate('2020-02-29', 'year', 1)).toBe('2021-02-28');
    expect(shiftDate('2021-02-15', 'month', -1)).toBe('2021-01-15');
  });

  it('should move by weeks and days across month and year ends', () => {
    expect(shiftDate('2021-12-26', 'week', 1)).toBe('2022-01-02');
    expect(shiftDate('2021-03-01', 'day', -1)).toBe('2021-02-28');
    expect(stepsBetween('2021-12-26', '2022-01-02', 'week')).toBe(1);
    expect(stepsBetween('2021-01-15', '2021-03-02', 'month')).toBe(2);
  });
});

describe('window lengths', () => {
  it('should size the window to about a tenth of the span, at least one step', () => {
    expect(windowForSpan('2021-01-04', '2021-06-30', 'week')).toBe(3);
    expect(windowForSpan('2021-03-01', '2021-03-03', 'day')).toBe(1);
    expect(windowForSpan('2008-01-01', '2024-09-01', 'year')).toBe(2);
  });

  it('should convert a length between units keeping about the same time, never below one step', () => {
    expect(convertLength(2, 'year', 'month')).toBe(24);
    expect(convertLength(3, 'week', 'day')).toBe(21);
    expect(convertLength(3, 'day', 'year')).toBe(1);
  });
});
