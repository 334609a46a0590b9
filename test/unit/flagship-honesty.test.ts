// The flagship after issue 24: every end cites its passage, every date that says no more than its article's date is
// flagged as inferred (or known only "by"), disputes are recorded, types and names claim no more than the text.
// Everything is read from data/*.json; when the five articles are on this machine, quotes are checked against them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basisOf } from '../../server/cli/data-basis.js';
import { readDatasetDir } from '../../server/import/bundled.js';
import { parsePartialEnd } from '../../server/import/dates.js';

interface Ref {
  id: string;
  pointer: string;
}
interface Rel {
  id: string;
  source: string;
  target: string;
  type: string;
  since: string | null;
  sinceQualifier: string | null;
  until: string | null;
  untilQualifier: string | null;
  untilBasis?: { source: string; pointer: string; quote: string } | null;
  scope: string | null;
  status: string | null;
  note: string;
  noteZh: string;
  inferred: { field: string; note: string }[];
  sources: Ref[];
  disagreement: { source: string; field: string; value: string; note?: string } | null;
}
interface Milestone {
  id: string;
  date: string;
  inferred: { field: string }[];
  sources: Ref[];
}
interface NodeRec {
  id: string;
  name: string;
  nameZh: string;
  aliases: string[];
  searchKeys?: string[];
  owner: string | null;
  inferred?: { field: string; note: string }[];
  description: string;
}

const raw = readDatasetDir();
const rels = raw.relationships as Rel[];
const milestones = raw.milestones as Milestone[];
const nodes = raw.nodes as NodeRec[];
const sources = raw.sources as { id: string; date: string; file: string }[];
const vocabulary = raw.vocabulary as { type: string; label: string; description: string }[];
const byId = (id: string) => rels.find((r) => r.id === id);
const node = (id: string) => nodes.find((n) => n.id === id)!;
const between = (a: string, b: string) => rels.filter((r) => r.source === a && r.target === b);
const articleDate = (id: string) => sources.find((s) => s.id === id)!.date;
/** True when `date` says no more than the article's own date ("2024" in an article of 2024-09, or the same day). */
const isArticleDate = (date: string, sourceId: string) => articleDate(sourceId) === date || articleDate(sourceId).startsWith(`${date}-`);

describe('end dates', () => {
  it("should cite, for every end, the passage that gives it: one of the record's sources, a line and its words", () => {
    const unjustified = rels
      .filter((r) => r.until !== null)
      .filter((r) => {
        const basis = r.untilBasis;
        return !basis || !r.sources.some((s) => s.id === basis.source) || !/^line \d+$/.test(basis.pointer) || basis.quote.length < 8;
      })
      .map((r) => r.id);
    expect(unjustified).toEqual([]);
  });

  it('should never let an end (drawn to the last day of its period) outlast the article that reports it over', () => {
    const lastDay = (date: string) => (parsePartialEnd(date) as { date: string }).date;
    const pastArticle = rels
      .filter((r) => r.until !== null && r.untilBasis)
      .filter((r) => lastDay(r.until!) > lastDay(articleDate(r.untilBasis!.source)))
      .map((r) => r.id);
    expect(pastArticle).toEqual([]);
  });
});

describe('inferences are flagged', () => {
  it('should flag every date taken from the article\'s own date, unless it is marked as known only "by" that date', () => {
    const relDates = rels.flatMap((r) =>
      (['since', 'until'] as const)
        .filter((f) => r[f] !== null && r[`${f}Qualifier`] !== 'by' && r.sources.some((s) => isArticleDate(r[f]!, s.id)))
        .filter((f) => !r.inferred.some((i) => i.field === f))
        .map((f) => `${r.id} ${f}`),
    );
    const milestoneDates = milestones
      .filter((m) => m.sources.some((s) => isArticleDate(m.date, s.id)) && !m.inferred.some((i) => i.field === 'date'))
      .map((m) => `${m.id} date`);
    expect([...relDates, ...milestoneDates]).toEqual([]);
  });

  it('should mark an owner that no article names as background knowledge, in the data and in the description', () => {
    for (const id of ['alipay', 'iqiyi', 'juliang-xingtu', 'tomato-novel', 'xigua-video']) {
      expect(node(id).inferred?.map((f) => f.field)).toEqual(['owner']);
      expect(node(id).description).toMatch(/background knowledge/);
    }
  });
});

describe('disputed dates', () => {
  it('should record the disputed private-chat date on every record that ends or starts on 17 Sep 2021', () => {
    const onDay = rels.filter((r) => r.scope === 'private-chats' && (r.until === '2021-09-17' || r.since === '2021-09-17'));
    expect(onDay.map((r) => r.id).sort()).toEqual([
      'wechat-allows-links-to-douyin-2021-09-17',
      'wechat-allows-links-to-taobao-2021-09-17',
      'wechat-allows-links-to-tmall-2021-09-17',
      'wechat-blocks-douyin-2021-02-private-chats',
      'wechat-blocks-taobao-2013-private-chats',
      'wechat-blocks-tmall-2013-private-chats',
    ]);
    for (const r of onDay) {
      expect([r.id, r.disagreement?.field]).toEqual([r.id, r.until === '2021-09-17' ? 'until' : 'since']);
      expect(r.disagreement!.value).toMatch(/^2021-11/);
    }
  });

  it("should record the tension in the Alimama–Tencent partnership's start and the 618 Moments ads", () => {
    expect(byId('alimama-partners-with-tencent-advertising-2021')!.disagreement).toMatchObject({ field: 'since', value: '2020' });
    expect(byId('alimama-partners-with-tencent-advertising-2021')!.noteZh).toContain('合作三年后,双方于2023年扩大合作');
    const moments = byId('alimama-advertises-via-wechat-moments-2023-09-25')!;
    expect([moments.since, moments.inferred, moments.disagreement?.value]).toEqual(['2023-09-25', [], '2023-06']);
  });

  it('should count each record once by basis, disputed before inferred before stated', () => {
    const counts = { stated: 0, inferred: 0, disputed: 0 };
    for (const r of [...rels, ...milestones]) counts[basisOf(r as Parameters<typeof basisOf>[0])]++;
    expect(counts.disputed).toBe(rels.filter((r) => r.disagreement).length);
    expect(counts.stated + counts.inferred + counts.disputed).toBe(rels.length + milestones.length);
    expect(basisOf({ disagreement: { field: 'since' }, inferred: [{}] })).toBe('disputed');
  });
});

describe('the over-reaching records of issue 24', () => {
  it('should give WeChat Pay to the Xianyu mini program only', () => {
    expect(between('xianyu', 'wechat-pay').map((r) => r.scope)).toEqual(['mini-programs']);
  });

  it('should record JD Pay–WeChat Pay as an announcement, by May 2024, in the one direction the text gives', () => {
    const [jd, ...rest] = rels.filter((r) => [r.source, r.target].sort().join() === 'jd-pay,wechat-pay');
    expect(rest).toEqual([]);
    expect([jd!.source, jd!.since, jd!.sinceQualifier, jd!.status]).toEqual(['jd-pay', '2024-05', 'by', 'announced']);
  });

  it('should make DingTalk, the actor the text names, the source of the meeting links into WeChat', () => {
    expect(between('wechat', 'dingtalk')).toEqual([]);
    expect(between('dingtalk', 'wechat').map((r) => r.type)).toEqual(['SHARES_CODES_INTO']);
  });

  it('should not name an advertiser where the text names none', () => {
    expect(between('pinduoduo', 'bilibili')).toEqual([]);
    expect(between('wechat-moments', 'taobao').map((r) => r.type)).toEqual(['ALLOWS_LINKS_TO']);
  });

  it('should record the Tencent–ByteDance break as ceased cooperation without a blocker', () => {
    const pair = rels.filter((r) => [r.source, r.target].sort().join() === 'bytedance,tencent');
    expect(pair.map((r) => r.type)).toEqual(['CEASES_COOPERATION_WITH']);
    expect(vocabulary.find((v) => v.type === 'CEASES_COOPERATION_WITH')!.description).toMatch(/do not say who.*symmetric/);
  });

  it('should label types no stronger than the text: a penalty decision, codes that interwork', () => {
    expect(vocabulary.map((v) => v.type)).not.toContain('FINES');
    expect(vocabulary.find((v) => v.type === 'PENALIZES')!.label).not.toMatch(/fine/i);
    expect(vocabulary.find((v) => v.type === 'INTEROPERATES_PAYMENT_CODES_WITH')!.description).not.toMatch(/each other/);
    for (const r of rels.filter((r) => r.status === 'personal-code')) expect(r.note).toContain('personal code interworking');
  });

  it("should quote A's words about the Alibaba–Tencent blocks as A writes them", () => {
    for (const id of ['alibaba-blocks-tencent-2013', 'tencent-blocks-alibaba-2013']) {
      for (const text of [byId(id)!.note, byId(id)!.noteZh]) {
        expect(text).toContain('仍旧未竞全功');
        expect(text).toContain('人为停滞依然夺目');
      }
    }
  });
});

describe('recall', () => {
  it('should record the Taobao–Douyin interconnection and Tencent letting streamers move to Douyin, each citing its passage', () => {
    const [ice] = between('taobao', 'douyin');
    expect([ice?.type, ice?.sinceQualifier, ice?.sources]).toEqual([
      'BREAKS_ICE_WITH',
      'by',
      [{ id: 'caijing-wall-breaking-accelerates-2024-05-22', pointer: 'line 8' }],
    ]);
    const [streamers] = between('tencent', 'douyin').filter((r) => r.type === 'LETS_STREAMERS_MOVE_TO');
    expect(streamers?.note).toContain('张大仙');
    expect(streamers?.inferred.map((f) => f.field)).toEqual(['since']);
  });
});

describe('names', () => {
  const reworded = ['阿里巴巴团体控股有限公司', '微信付出', '小步伐', '王者光彩', '平静精英', '腾讯消息'];

  it('should keep the reworded spellings as search keys and never as names or aliases', () => {
    const keys = nodes.flatMap((n) => n.searchKeys ?? []);
    const shown = nodes.flatMap((n) => [n.name, n.nameZh, ...n.aliases]);
    for (const spelling of reworded) {
      expect(keys).toContain(spelling);
      expect(shown).not.toContain(spelling);
    }
  });

  it('should not make 抖音极速版 a name of Douyin', () => {
    expect([...node('douyin').aliases, ...(node('douyin').searchKeys ?? [])]).not.toContain('抖音极速版');
  });
});

/** The five articles, when this machine has them (they are not in the repository): HULIAN_SEEDS or /work/shared/seeds. */
const seeds = process.env.HULIAN_SEEDS ?? '/work/shared/seeds';
describe.runIf(existsSync(seeds))('quotes checked against the articles', () => {
  const lines = (sourceId: string) => readFileSync(join(seeds, sources.find((s) => s.id === sourceId)!.file), 'utf8').split('\n');

  it("should find each end's quote on the line it cites", () => {
    const missing = rels
      .filter((r) => r.untilBasis)
      .filter((r) => !lines(r.untilBasis!.source)[Number(r.untilBasis!.pointer.slice(5)) - 1]?.includes(r.untilBasis!.quote))
      .map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it('should find every Chinese passage quoted in an English note, verbatim, in a source the record cites', () => {
    const misquoted = rels.flatMap((r) =>
      r.note
        .split('"')
        .filter((part, i) => i % 2 === 1 && /[\u4e00-\u9fff]/.test(part))
        .filter((quote) => !r.sources.some((s) => lines(s.id).join('\n').includes(quote)))
        .map((quote) => `${r.id}: ${quote}`),
    );
    expect(misquoted).toEqual([]);
  });
});
