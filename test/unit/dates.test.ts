// Partial dates: year, month or day precision, and impossible dates rejected.
import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../server/import/dates.js';

describe('parsePartialDate', () => {
  it.each([['2021-02-30'], ['2021-13'], ['21-09-01'], ['2021/09/01'], ['']])('should reject %s with a reason', (value) => {
    expect(typeof parsePartialDate(value)).toBe('string');
  });

  it('should reject a value that is not a string', () => {
    expect(parsePartialDate(2021)).toMatch(/must be a date string/);
  });

  it.each([
    ['2008', { date: '2008-01-01', precision: 'year' }],
    ['2021-09', { date: '2021-09-01', precision: 'month' }],
    ['2024-02-29', { date: '2024-02-29', precision: 'day' }],
  ])('should read %s as the first day of its period with its precision', (value, expected) => {
    expect(parsePartialDate(value)).toEqual(expected);
  });
});
