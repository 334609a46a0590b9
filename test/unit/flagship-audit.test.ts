// The flagship data after the line-by-line audit (issue #15): each audited record says no more than the sources do.
// Every check reads data/*.json; "in force" is the replay's rule (contract/dates.ts) on the days the loader stores: the
// first day of a partial start, the last day of a partial end (docs/data.md, "End dates").
import { describe, expect, it } from 'vitest';
import { inForceAt } from '../../contract/dates.js';
import { readDatasetDir } from '../../server/import/bundled.js';
import { parsePartialDate, parsePartialEnd } from '../../server/import/dates.js';

interface Inferred {
  field: string;
  note: string;
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
  scope: string | null;
  status: string | null;
  noteZh?: string;
  inferred: Inferred[];
}
interface Milestone {
  id: string;
  date: string;
  noteZh?: string;
  inferred: Inferred[];
}
interface NodeRec {
  id: string;
  kind: string;
  nameZh: string;
  aliases: string[];
}

const raw = readDatasetDir();
const rels = raw.relationships as Rel[];
const milestones = raw.milestones as Milestone[];
const nodes = raw.nodes as NodeRec[];
const vocabulary = raw.vocabulary as { type: string; description: string }[];

const byId = (id: string) => {
  const found = rels.find((r) => r.id === id);
  if (!found) throw new Error(`no relationship ${id} in data/relationships.json`);
  return found;
};
const node = (id: string) => nodes.find((n) => n.id === id)!;
const firstDay = (value: string | null) => (value === null ? null : (parsePartialDate(value) as { date: string }).date);
const lastDay = (value: string | null) => (value === null ? null : (parsePartialEnd(value) as { date: string }).date);
const inForce = (r: Rel, day: string) => inForceAt({ since: firstDay(r.since), until: lastDay(r.until) }, day);
const between = (source: string, target: string, type: string) =>
  rels.filter((r) => r.source === source && r.target === target && r.type === type);
const hasChinese = (text: string | undefined) => /[\u4e00-\u9fff]/.test(text ?? '');
const inferredFields = (r: { inferred: Inferred[] }) => r.inferred.map((f) => f.field);

describe('stages that do not end each other', () => {
  it('should keep scan-to-pay in force beside the direct WeChat Pay of some users, for Taote and Taobao', () => {
    for (const platform of ['taote', 'taobao']) {
      const stages = between(platform, 'wechat-pay', 'ACCEPTS_PAYMENT_FROM');
      expect(stages.length).toBeGreaterThan(1);
      expect(stages.filter((r) => !inForce(r, '2024-12-31')).map((r) => r.id)).toEqual([]);
      expect(stages.filter((r) => r.status === 'direct').map((r) => r.scope)).toEqual(['some-users']);
    }
  });

  it('should keep every stage of the Alimama–Tencent Advertising partnership in force in 2024', () => {
    const stages = between('alimama', 'tencent-advertising', 'PARTNERS_WITH');
    expect(stages.map((r) => r.since)).toEqual(expect.arrayContaining(['2021', '2023-09-25']));
    expect(stages.filter((r) => !inForce(r, '2024-06-30')).map((r) => r.id)).toEqual([]);
  });

  it('should keep the mutual Alibaba–Tencent blocks in force at 2024-06-30', () => {
    expect(inForce(byId('alibaba-blocks-tencent-2013'), '2024-06-30')).toBe(true);
    expect(inForce(byId('tencent-blocks-alibaba-2013'), '2024-06-30')).toBe(true);
  });

  it("should lift WeChat's blocks of Taobao, Tmall and Douyin on 17 Sep 2021 in private chats only", () => {
    for (const target of ['taobao', 'tmall', 'douyin']) {
      const blocks = between('wechat', target, 'BLOCKS');
      const lifted = blocks.filter((r) => r.until === '2021-09-17');
      expect(lifted.map((r) => r.scope)).toEqual(['private-chats']);
      const groupChats = blocks.filter((r) => r.scope === 'group-chats');
      expect(groupChats).toHaveLength(1);
      expect(inForce(groupChats[0]!, '2021-09-17')).toBe(true);
      const opened = between('wechat', target, 'ALLOWS_LINKS_TO').find((r) => r.since === '2021-09-17')!;
      expect(opened.scope).toBe('private-chats');
      expect(inForce(opened, '2024-06-30')).toBe(true);
    }
  });

  it('should end the Taobao and Tmall group-chat blocks only "by" 2023, after the 29 Nov 2021 trial began', () => {
    for (const target of ['taobao', 'tmall']) {
      const block = between('wechat', target, 'BLOCKS').find((r) => r.scope === 'group-chats')!;
      expect([block.until, block.untilQualifier]).toEqual(['2023', 'by']);
      const trial = between('wechat', target, 'ALLOWS_LINKS_TO').find((r) => r.scope === 'group-chats')!;
      expect([trial.since, trial.status]).toEqual(['2021-11-29', 'trial']);
    }
  });

  it('should keep product cards blocked in 2024 while links are open', () => {
    for (const target of ['taobao', 'tmall']) {
      const cards = between('wechat', target, 'BLOCKS').find((r) => r.scope === 'product-cards')!;
      expect(inForce(cards, '2024-06-30')).toBe(true);
    }
  });
});

describe('unknown ends and undated facts', () => {
  it('should end the Tmall mini programs "by" the 2024 article, not on a date', () => {
    for (const id of ['wechat-hosts-mini-program-of-tmall-2023', 'wechat-hosts-mini-program-of-tmall-supermarket-2022-10']) {
      expect(byId(id).untilQualifier).toBe('by');
    }
  });

  it('should give an undated fact no start date, always marked "unstated"', () => {
    for (const r of rels) expect([r.id, r.since === null]).toEqual([r.id, r.sinceQualifier === 'unstated']);
    const undated = rels
      .filter((r) => r.sinceQualifier === 'unstated')
      .map((r) => `${r.source} ${r.type} ${r.target}`)
      .sort();
    expect(undated).toEqual([
      'douyin ALLOWS_LINKS_TO taobao',
      'douyin ALLOWS_LINKS_TO tmall',
      'douyin BREAKS_ICE_WITH iqiyi',
      'douyin BREAKS_ICE_WITH sohu',
      'jd-com HOSTS_STORE_OF dangdang',
      'xiaohongshu ALLOWS_LINKS_TO taobao',
      'xiaohongshu ALLOWS_LINKS_TO tmall',
    ]);
  });
});

describe('dates no more precise than the text', () => {
  it("should date Taote's direct WeChat Pay to the year 2024 only", () => {
    expect(byId('taote-accepts-payment-from-wechat-pay-2024').since).toBe('2024');
    expect(rels.map((r) => r.id)).not.toContain('taote-accepts-payment-from-wechat-pay-2024-08');
  });

  it("should start Alimama's WeChat Channels ads on 25 Sep 2023, the first firm date", () => {
    const channels = between('alimama', 'wechat-channels', 'ADVERTISES_VIA');
    expect(channels.map((r) => r.since)).toEqual(['2023-09-25']);
  });

  it("should date the phased external-link plan to WeChat's 17 Sep 2021 statement", () => {
    const plan = milestones.find((m) => m.id.startsWith('wechat-phased-external-link-plan'))!;
    expect(plan.date).toBe('2021-09-17');
  });
});

describe('type and direction', () => {
  it("should not record Alipay's QR-code transfers as Alipay allowing links to WeChat or QQ", () => {
    for (const target of ['wechat', 'qq']) {
      expect(between('alipay', target, 'ALLOWS_LINKS_TO')).toEqual([]);
      expect(between('alipay', target, 'SHARES_CODES_INTO')).toHaveLength(1);
    }
    expect(vocabulary.find((v) => v.type === 'SHARES_CODES_INTO')!.description).toMatch(/leads back into \(a\)/);
  });

  it('should record the Qihoo 360–Tencent litigation once and without a plaintiff', () => {
    const pair = rels.filter((r) => [r.source, r.target].sort().join() === 'qihoo-360,tencent');
    expect(pair.map((r) => r.type)).toEqual(['LITIGATES_WITH']);
    expect(vocabulary.find((v) => v.type === 'LITIGATES_WITH')!.description).toMatch(/symmetric/);
  });
});

describe('inferred facts are marked', () => {
  it.each([
    ['tencent-sues-douyin-2018', 'since'],
    ['samr-penalizes-alibaba-2021', 'since'],
    ['qihoo-360-litigates-with-tencent-2010', 'since'],
    ['bilibili-allows-links-to-pinduoduo-2024', 'since'],
    ['taote-accepts-payment-from-wechat-pay-2024', 'since'],
    ['wechat-moments-allows-links-to-taobao-2023-06', 'since'],
    ['wechat-allows-links-to-tmall-2021-11-29', 'target'],
  ])('should mark %s as inferred in %s', (id, field) => {
    expect(inferredFields(byId(id))).toContain(field);
  });

  it('should explain every inferred field', () => {
    for (const record of [...rels, ...milestones]) for (const f of record.inferred) expect(f.note.length).toBeGreaterThan(20);
  });
});

describe('missing facts', () => {
  it('should keep Taotian mini programs out of WeChat in 2024, with a start known only as "by"', () => {
    const [block] = between('wechat', 'taotian-group', 'BLOCKS');
    expect([block?.scope, block?.sinceQualifier]).toEqual(['mini-programs', 'by']);
    expect(inForce(block!, '2024-09-30')).toBe(true);
  });
});

describe('names', () => {
  it('should give Alibaba its legal name and Bilibili its Chinese name', () => {
    expect(node('alibaba').aliases).toContain('阿里巴巴集团控股有限公司');
    expect(node('bilibili').nameZh).toBe('哔哩哔哩');
    expect(node('bilibili').aliases).toContain('B站');
  });

  it('should not give Douyin or Tmall the names of other apps and brands', () => {
    expect(node('douyin').aliases).not.toContain('Tiktok');
    expect(node('douyin').aliases).not.toContain('抖音火山版');
    expect(node('douyin').aliases).not.toContain('抖音极速版');
    expect(node('tmall').aliases.filter((a) => a.includes('天猫优品'))).toEqual([]);
  });

  it('should file courts as organizations, not regulators', () => {
    for (const court of ['beijing-ip-court', 'us-supreme-court']) expect(node(court).kind).toBe('Organization');
  });
});

describe('Chinese notes', () => {
  it('should give every relationship and milestone a Chinese note', () => {
    const missing = [...rels, ...milestones].filter((r) => !hasChinese(r.noteZh)).map((r) => r.id);
    expect(missing).toEqual([]);
  });
});
