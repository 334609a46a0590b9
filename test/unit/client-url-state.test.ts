// The URL state: every shareable field survives encode → decode, bad input falls back to defaults, old links keep
// their meaning, and the data decides the time settings a link leaves out.
import { describe, expect, it } from 'vitest';
import { decodeUrlState, encodeUrlState, timeDefaults } from '../../client/src/lib/url-state';
import type { TimeProfile } from '../../client/src/lib/time-profile';
import { defaultViewState, type ViewState } from '../../client/src/lib/view-state';
import { csvField, snapshotCsv } from '../../client/src/lib/export-data';
import { pushHistory, readHistory } from '../../client/src/lib/history';

describe('decodeUrlState', () => {
  it('should fall back to the defaults for garbage, non-strings and impossible values', () => {
    expect(decodeUrlState(undefined)).toEqual(defaultViewState());
    expect(decodeUrlState('#%%%&&=')).toEqual(defaultViewState());
    const bad = decodeUrlState('#at=2021-02-30&mode=sideways&win=-4&wl=1.5&cmp=20..x&tab=nope&lang=fr&step=fortnight');
    expect(bad).toEqual(defaultViewState());
  });

  it('should read a hand-written link', () => {
    const state = decodeUrlState('#at=2019-09-30&step=week&mode=window&wl=2&sel=taobao&hg=regulators&iso=0&lang=zh&tab=paths');
    expect(state.at).toBe('2019-09-30');
    expect(state.precision).toBe('week');
    expect(state.mode).toBe('window');
    expect(state.windowYears).toBe(2);
    expect(state.selection).toBe('taobao');
    expect(state.filters.hiddenGroups).toEqual(['regulators']);
    expect(state.filters.hideIsolated).toBe(true);
    expect(state.lang).toBe('zh');
    expect(state.tab).toBe('paths');
  });
});

describe('old links', () => {
  it('when an old link gives the window in years (win) at month steps, then the window is as many months as those years', () => {
    const state = decodeUrlState('#at=2019-09-30&step=month&mode=window&win=2');
    expect(state.precision).toBe('month');
    expect(state.windowYears).toBe(24);
    expect(decodeUrlState('#mode=window&win=3').windowYears).toBe(3);
  });

  it('when an old link compares two years, then it compares the ends of those years', () => {
    expect(decodeUrlState('#cmp=2012..2024').compare).toEqual({ from: '2012-12-31', to: '2024-12-31' });
  });

  it('when year ends are compared, then the link writes them as years, as old links did', () => {
    const state = { ...defaultViewState(), compare: { from: '2012-12-31', to: '2024-12-31' } };
    expect(encodeUrlState(state)).toBe('cmp=2012..2024');
    const days = { ...defaultViewState(), compare: { from: '2021-03-07', to: '2021-05-31' } };
    expect(decodeUrlState(encodeUrlState(days)).compare).toEqual(days.compare);
  });
});

describe('timeDefaults', () => {
  const events: TimeProfile = {
    first: '2021-01-04',
    last: '2021-06-30',
    unit: 'week',
    units: ['month', 'week', 'day'],
    events: true,
    window: 3,
  };
  const durable: TimeProfile = {
    first: '2008-01-01',
    last: '2024-09-01',
    unit: 'year',
    units: ['year', 'month', 'week'],
    events: false,
    window: 2,
  };

  it("when a link says nothing of time, then events open in a window of the data's unit ending at the last step", () => {
    expect(timeDefaults('', events)).toEqual({ precision: 'week', mode: 'window', windowYears: 3, at: '2021-07-04' });
  });

  it('when a link says nothing of time, then durable relationships open as of the end of the last year', () => {
    expect(timeDefaults('#lang=zh', durable)).toEqual({ windowYears: 2, at: '2024-12-31' });
  });

  it('when a link gives the mode, unit, window and date, then the data changes none of them', () => {
    expect(timeDefaults('#at=2021-03-31&step=month&mode=asof&wl=2', events)).toEqual({});
  });

  it('when an old link gives a window in years without a unit, then it keeps year steps', () => {
    const hash = '#mode=window&win=2';
    expect({ ...decodeUrlState(hash), ...timeDefaults(hash, events) }).toMatchObject({
      precision: 'year',
      windowYears: 2,
      at: '2021-12-31',
    });
  });
});

describe('encodeUrlState', () => {
  it('should leave defaults out, so a fresh view has an empty hash', () => {
    expect(encodeUrlState(defaultViewState())).toBe('');
  });

  it('when every field is set, then decoding the encoding gives the same state back', () => {
    const state: ViewState = {
      at: '2021-09-30',
      precision: 'week',
      mode: 'window',
      windowYears: 5,
      compare: { from: '2012-12-31', to: '2021-09-19' },
      selection: 'wechat-pay',
      lang: 'zh',
      tab: 'console',
      filters: { hiddenKinds: ['Regulator'], hiddenGroups: ['others', 'bytedance'], hiddenTypes: ['SUES', 'FINES'], hideIsolated: true },
      query: 'MATCH (n:Platform {id: $id})-[r]->(m) RETURN n, r, m // 微信 & "quotes" #hash',
      params: '{"id":"wechat","note":"a=b&c"}',
    };
    const hash = encodeUrlState(state);
    expect(decodeUrlState(`#${hash}`)).toEqual(state);
  });
});

describe('snapshot CSV', () => {
  it('should quote fields holding commas, quotes or line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(null)).toBe('');
  });

  it('should write one row per edge with both names of each end and the sources', () => {
    const nodes = new Map([
      [
        'wechat',
        {
          id: 'wechat',
          name: 'WeChat',
          nameZh: '微信',
          kind: 'Platform',
          owner: 'tencent',
          group: 'tencent',
          aliases: [],
          description: null,
        },
      ],
      [
        'taobao',
        {
          id: 'taobao',
          name: 'Taobao',
          nameZh: '淘宝',
          kind: 'Platform',
          owner: 'alibaba',
          group: 'alibaba',
          aliases: [],
          description: null,
        },
      ],
    ]);
    const csv = snapshotCsv(
      [
        {
          id: 'wechat-blocks-taobao',
          source: 'wechat',
          target: 'taobao',
          type: 'BLOCKS',
          since: '2013-07-01',
          until: '2021-09-17',
          sincePrecision: 'month',
          untilPrecision: 'day',
          status: null,
          note: 'Links, shown as "copy", blocked',
          disputed: null,
          sources: [
            { id: 'src-a', pointer: 'line 11' },
            { id: 'src-b', pointer: 'line 19' },
          ],
          shownAs: 'ended',
        },
      ],
      nodes,
    );
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('WeChat,微信');
    expect(lines[1]).toContain('Taobao,淘宝');
    expect(lines[1]).toContain('"Links, shown as ""copy"", blocked"');
    expect(lines[1]!.endsWith('src-a@line 11; src-b@line 19')).toBe(true);
  });
});

describe('console history', () => {
  const memory = () => {
    const map = new Map<string, string>();
    return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
  };

  it('should read corrupt storage as an empty history', () => {
    const storage = memory();
    storage.setItem('hulian.console.history', '{not json');
    expect(readHistory(storage)).toEqual([]);
  });

  it('should keep the newest run first and drop an identical older one', () => {
    const storage = memory();
    pushHistory(storage, 'RETURN 1', '{}');
    pushHistory(storage, 'RETURN 2', '{}');
    const entries = pushHistory(storage, 'RETURN 1', '{}');
    expect(entries.map((e) => e.query)).toEqual(['RETURN 1', 'RETURN 2']);
    expect(readHistory(storage).map((e) => e.query)).toEqual(['RETURN 1', 'RETURN 2']);
  });
});
