// What the client reads from the data's dates: events told from durable relationships, the profile (span, unit,
// window) and the histogram's counts per step, checked against a brute-force count over the same generated edges.
import { describe, expect, it } from 'vitest';
import { addDays, snapDate } from '../../client/src/lib/dates';
import { isEventData, stepCounts, timeProfile } from '../../client/src/lib/time-profile';
import type { Edge } from '../../client/src/types';

type Dated = Pick<Edge, 'since' | 'until' | 'sincePrecision'>;
/** `count` events a day apart from `first` (a start to the day, no end), like imported ratings. */
const events = (count: number, first = '2021-01-04', every = 1): Dated[] =>
  Array.from({ length: count }, (_, i) => ({ since: addDays(first, i * every), until: null, sincePrecision: 'day' }));
const durable = (since: string, until: string | null, precision: Edge['sincePrecision'] = 'month'): Dated => ({
  since,
  until,
  sincePrecision: precision,
});

describe('isEventData', () => {
  it('should not call an empty network events', () => {
    expect(isEventData([])).toBe(false);
  });

  it('when every relationship starts on a day and never ends, then the data are events', () => {
    expect(isEventData(events(50))).toBe(true);
  });

  it('when a quarter of the relationships end, then the data are not events', () => {
    const mixed = [...events(30), ...Array.from({ length: 10 }, () => durable('2021-02-01', '2021-03-01', 'day'))];
    expect(isEventData(mixed)).toBe(false);
  });

  it('when most open relationships are dated only by year or month, then they are durable, not events', () => {
    const flagshipLike = Array.from({ length: 20 }, (_, i) => durable(`${2008 + (i % 16)}-01-01`, null, i % 2 ? 'year' : 'month'));
    expect(isEventData(flagshipLike)).toBe(false);
  });
});

describe('timeProfile', () => {
  it('when events span six months, then it steps by weeks with a window of about a tenth of the span', () => {
    const profile = timeProfile(events(180), [], { from: 2021, to: 2021 });
    expect(profile).toMatchObject({ first: '2021-01-04', last: addDays('2021-01-04', 179), unit: 'week', events: true, window: 3 });
    expect(profile.units).toContain('month');
  });

  it('when there is no date at all, then the profile spans the year range', () => {
    expect(timeProfile([], [], { from: 2020, to: 2022 })).toMatchObject({ first: '2020-01-01', last: '2022-01-01', events: false });
  });

  it('should reach the last milestone even when it comes after every relationship', () => {
    const profile = timeProfile(events(10), [{ date: '2021-03-01' }], { from: 2021, to: 2021 });
    expect(profile.last).toBe('2021-03-01');
  });
});

describe('stepCounts', () => {
  it('when counted by week or by day, then each step holds exactly the starts and ends that fall in it', () => {
    const edges = [...events(40, '2021-01-01', 2), durable('2021-01-10', '2021-02-20', 'day'), durable('2021-01-31', '2021-03-05', 'day')];
    for (const unit of ['week', 'day'] as const) {
      const steps = stepCounts(edges, unit, '2021-01-01', '2021-03-31');
      const stepOf = (date: string) => snapDate(date, unit);
      for (const step of steps) {
        expect(step.began).toBe(edges.filter((e) => stepOf(e.since!) === step.at).length);
        expect(step.ended).toBe(edges.filter((e) => e.until && stepOf(e.until) === step.at).length);
      }
      expect(steps.reduce((sum, s) => sum + s.began, 0)).toBe(edges.length);
    }
  });
});
