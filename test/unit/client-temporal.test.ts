// The client's pure temporal functions: snapshot (as of / window), change lists and the two-date diff,
// on small synthetic timeline payloads built here and checked against a brute-force reading of the rule.
import { describe, expect, it } from 'vitest';
import { addMonths, completeDate, snapDate } from '../../client/src/lib/dates';
import { changesBetween, diff, periodStart, snapshot, type SnapshotOptions } from '../../client/src/lib/temporal';

type E = { id: string; source: string; target: string; since: string; until: string | null };
const edge = (id: string, since: string, until: string | null, source = 'a', target = 'b'): E => ({ id, source, target, since, until });

const edges: E[] = [
  edge('old-ended', '2010-03-01', '2014-06-01', 'qq', 'q360'),
  edge('long', '2013-01-15', null, 'wechat', 'taobao'),
  edge('block-lifted', '2013-07-01', '2021-09-17', 'wechat', 'taobao'),
  edge('arrives-2021', '2021-09-17', null, 'wechat', 'alipay'),
  edge('short-2023', '2023-02-01', '2023-11-30', 'douyin', 'wechat'),
  edge('starts-on-year-end', '2012-12-31', null, 'x', 'y'),
];
const asOf: SnapshotOptions = { mode: 'asof', precision: 'year', windowYears: 3 };

/** The rule written out by hand, independent of the code under test. */
const liveAt = (e: E, at: string) => e.since <= at && (e.until === null || e.until > at);

describe('snapshot', () => {
  it('should refuse a window length that is not a number', () => {
    expect(() => snapshot(edges, '2021-12-31', { ...asOf, windowYears: Number.NaN })).toThrow(TypeError);
  });

  it('when "as of" a year end, then the in-force edges are exactly those the rule selects, at every year', () => {
    for (let year = 2008; year <= 2024; year++) {
      const at = `${year}-12-31`;
      const shown = snapshot(edges, at, asOf);
      const inForce = [...shown.edges]
        .filter(([, s]) => s !== 'ended')
        .map(([id]) => id)
        .sort();
      expect(inForce).toEqual(
        edges
          .filter((e) => liveAt(e, at))
          .map((e) => e.id)
          .sort(),
      );
    }
  });

  it('when a relationship began within the year step, then it is marked as arrived; earlier ones as in force', () => {
    const shown = snapshot(edges, '2021-12-31', asOf);
    expect(shown.edges.get('arrives-2021')).toBe('arrived');
    expect(shown.edges.get('long')).toBe('in-force');
  });

  it('when a relationship ended within the year step, then it is shown as ended and its ends stay drawn', () => {
    const shown = snapshot(edges, '2021-12-31', asOf);
    expect(shown.edges.get('block-lifted')).toBe('ended');
    expect(snapshot(edges, '2022-12-31', asOf).edges.has('block-lifted')).toBe(false);
    expect(shown.nodes.has('taobao')).toBe(true);
  });

  it("when stepping by month, then only the month's changes count as new", () => {
    const monthly = { ...asOf, precision: 'month' as const };
    expect(snapshot(edges, '2021-09-30', monthly).edges.get('arrives-2021')).toBe('arrived');
    expect(snapshot(edges, '2021-10-31', monthly).edges.get('arrives-2021')).toBe('in-force');
  });

  it('when in window mode, then only edges that began or ended in the last N years are shown', () => {
    const shown = snapshot(edges, '2023-12-31', { mode: 'window', precision: 'year', windowYears: 3 });
    expect([...shown.edges.keys()].sort()).toEqual(['arrives-2021', 'block-lifted', 'short-2023']);
    expect(shown.edges.get('short-2023')).toBe('ended');
    expect(shown.nodes.has('qq')).toBe(false);
  });
});

describe('changesBetween', () => {
  it('should refuse a period whose start is after its end', () => {
    expect(() => changesBetween(edges, '2022-01-01', '2021-01-01')).toThrow(RangeError);
  });

  it('should list beginnings and ends inside (after, upTo] in date order', () => {
    const changes = changesBetween(edges, '2020-12-31', '2021-12-31');
    expect(changes.map((c) => `${c.kind}:${c.edge.id}`)).toEqual(['began:arrives-2021', 'ended:block-lifted']);
  });

  it('when a change falls on the period start, then it belongs to the previous period', () => {
    expect(changesBetween(edges, '2012-12-31', '2013-12-31').map((c) => c.edge.id)).not.toContain('starts-on-year-end');
    expect(changesBetween(edges, '2011-12-31', '2012-12-31').map((c) => c.edge.id)).toContain('starts-on-year-end');
  });
});

describe('diff', () => {
  it('should put every edge in force at either date in exactly one bucket, matching the rule', () => {
    const from = '2012-12-31';
    const to = '2024-12-31';
    const result = diff(edges, from, to);
    expect(result.added.sort()).toEqual(
      edges
        .filter((e) => !liveAt(e, from) && liveAt(e, to))
        .map((e) => e.id)
        .sort(),
    );
    expect(result.ended.sort()).toEqual(
      edges
        .filter((e) => liveAt(e, from) && !liveAt(e, to))
        .map((e) => e.id)
        .sort(),
    );
    expect(result.persisted.sort()).toEqual(
      edges
        .filter((e) => liveAt(e, from) && liveAt(e, to))
        .map((e) => e.id)
        .sort(),
    );
  });

  it('when both dates are equal, then nothing is added or ended', () => {
    const result = diff(edges, '2021-12-31', '2021-12-31');
    expect(result.added).toEqual([]);
    expect(result.ended).toEqual([]);
    expect(result.persisted.length).toBe(edges.filter((e) => liveAt(e, '2021-12-31')).length);
  });
});

describe('week and day steps', () => {
  /** Events (a start, no end) on given days between pairs, like a month of messages. */
  const messages: E[] = [
    edge('m1', '2021-03-01', null, 'ann', 'bob'),
    edge('m2', '2021-03-03', null, 'bob', 'cat'),
    edge('m3', '2021-03-08', null, 'ann', 'bob'),
    edge('m4', '2021-03-14', null, 'cat', 'dan'),
    edge('m5', '2021-03-15', null, 'dan', 'ann'),
    edge('m6', '2021-03-22', null, 'ann', 'bob'),
  ];
  const weekly: SnapshotOptions = { mode: 'asof', precision: 'week', windowYears: 2 };
  const began = (after: string, upTo: string) => messages.filter((e) => e.since > after && e.since <= upTo).map((e) => e.id);

  it("when stepping by week, then only the week's events are new, Monday to Sunday", () => {
    const shown = snapshot(messages, '2021-03-14', weekly);
    const arrived = [...shown.edges].filter(([, s]) => s === 'arrived').map(([id]) => id);
    expect(arrived.sort()).toEqual(began('2021-03-07', '2021-03-14'));
    expect(changesBetween(messages, periodStart('2021-03-14', weekly), '2021-03-14').map((c) => c.edge.id)).toEqual(['m3', 'm4']);
  });

  it("when stepping by day, then the change log holds that day's events only", () => {
    const daily: SnapshotOptions = { ...weekly, precision: 'day' };
    expect(periodStart('2021-03-01', daily)).toBe('2021-02-28');
    expect(changesBetween(messages, periodStart('2021-03-08', daily), '2021-03-08').map((c) => c.edge.id)).toEqual(['m3']);
    expect(snapshot(messages, '2021-03-08', daily).edges.get('m1')).toBe('in-force');
  });

  it('when events are shown in a window of two weeks, then exactly the events of those two weeks are shown', () => {
    const shown = snapshot(messages, '2021-03-21', { ...weekly, mode: 'window' });
    expect([...shown.edges.keys()].sort()).toEqual(began('2021-03-07', '2021-03-21'));
  });

  it('when events are compared as of two dates, then nothing ever ends, which is why events compare windows', () => {
    expect(diff(messages, '2021-03-07', '2021-03-21').ended).toEqual([]);
  });

  it('when events are compared in window mode, then pairs active only in the earlier window count as ended', () => {
    const result = diff(messages, '2021-03-07', '2021-03-21', { ...weekly, mode: 'window' });
    const pair = (id: string) => messages.find((e) => e.id === id)!;
    const pairsIn = (after: string, upTo: string) =>
      new Set(messages.filter((e) => e.since > after && e.since <= upTo).map((e) => `${e.source}>${e.target}`));
    const [before, after] = [pairsIn('2021-02-21', '2021-03-07'), pairsIn('2021-03-07', '2021-03-21')];
    const key = (id: string) => `${pair(id).source}>${pair(id).target}`;
    expect(result.ended.map(key).sort()).toEqual([...before].filter((p) => !after.has(p)).sort());
    expect(result.added.map(key).sort()).toEqual([...after].filter((p) => !before.has(p)).sort());
    expect(result.persisted.map(key)).toEqual([...after].filter((p) => before.has(p)));
    expect(result.ended.length).toBeGreaterThan(0);
  });

  it('when a pair repeats in a window, then Compare names it once, by its latest event there', () => {
    const result = diff(messages, '2021-03-07', '2021-03-21', { ...weekly, mode: 'window', windowYears: 3 });
    const all = [...result.added, ...result.ended, ...result.persisted];
    expect(all.filter((id) => ['m1', 'm3', 'm6'].includes(id))).toEqual(['m3']);
  });
});

describe('dates', () => {
  it('should move by months clamping to the month length, and snap to year or month ends', () => {
    expect(addMonths('2021-01-31', 1)).toBe('2021-02-28');
    expect(addMonths('2021-12-31', -12)).toBe('2020-12-31');
    expect(snapDate('2019-09', 'month')).toBe('2019-09-30');
    expect(snapDate('2010', 'year')).toBe('2010-12-31');
    expect(completeDate('2010')).toBe('2010-01-01');
  });
});
