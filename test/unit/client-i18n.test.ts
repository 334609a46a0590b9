// The interface catalogues and the language-dependent formatting: every English key has a Chinese text, parameters
// survive translation, English counts take their plural forms, dates read the Chinese way, notes follow the language,
// and API problems get translated messages.
import { describe, expect, it } from 'vitest';
import { en } from '../../client/src/i18n/en';
import { zh } from '../../client/src/i18n/zh';
import { t } from '../../client/src/i18n';
import { problemMessage } from '../../client/src/i18n/problems';
import { formatDate } from '../../client/src/lib/dates';
import { notesIn } from '../../client/src/lib/labels';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the Chinese catalogue', () => {
  it('should have exactly the keys of the English one, each with a non-empty text', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    const empty = Object.entries(zh)
      .filter(([, text]) => !text.trim())
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('should use the same parameters as the English text of each key', () => {
    const differing = (Object.keys(en) as (keyof typeof en)[]).filter(
      (key) => placeholders(en[key]).join() !== placeholders(zh[key]).join(),
    );
    expect(differing).toEqual([]);
  });

  it('should be written in Chinese apart from product and format names', () => {
    const allowed = /^(Hulian|Neo4j|Cypher|JSON|GIF|npm|run|db|seed)$/;
    const english = Object.entries(zh)
      .filter(([, text]) => (text.replace(/\{\w+\}/g, '').match(/[A-Za-z][A-Za-z0-9]+/g) ?? []).some((word) => !allowed.test(word)))
      .map(([key]) => key);
    expect(english).toEqual([]);
  });
});

describe('t', () => {
  it('should fill the named parameters of a message and leave unknown ones visible', () => {
    expect(t('paths.none', { hops: 3, date: '2021' })).toBe('No path within 3 hops at 2021.');
    expect(t('paths.none', { hops: 3 })).toBe('No path within 3 hops at {date}.');
  });
});

describe('formatDate', () => {
  it('should write dates the Chinese way at their precision in Chinese, and as ISO text in English', () => {
    expect(formatDate('2021-09-17', 'day', 'zh')).toBe('2021年9月17日');
    expect(formatDate('2021-09-01', 'month', 'zh')).toBe('2021年9月');
    expect(formatDate('2021-01-01', 'year', 'zh')).toBe('2021年');
    expect(formatDate('2021-09-17', 'month')).toBe('2021-09');
  });
});

describe('notesIn', () => {
  it('should give the Chinese note in Chinese, falling back to the English one, and both in "both"', () => {
    expect(notesIn('Opened.', '开放。', 'zh')).toEqual([{ text: '开放。', lang: 'zh' }]);
    expect(notesIn('Opened.', null, 'zh')).toEqual([{ text: 'Opened.', lang: 'en' }]);
    expect(notesIn('Opened.', '开放。', 'en')).toEqual([{ text: 'Opened.', lang: 'en' }]);
    expect(notesIn('Opened.', '开放。', 'both')).toEqual([
      { text: 'Opened.', lang: 'en' },
      { text: '开放。', lang: 'zh' },
    ]);
  });
});

describe('problemMessage', () => {
  const problem = (extra: Record<string, unknown>) => ({ type: 'about:blank', title: 'T', detail: 'D', status: 500, ...extra });

  it('should name each refusal reason, busy, unavailable and timeout answers in the interface language', () => {
    expect(problemMessage(problem({ status: 403, reason: 'not-read-only' }))).toBe('Refused: the console runs read-only queries only');
    expect(problemMessage(problem({ status: 403, reason: 'something-new' }))).toBe('Refused: the query breaks one of the console’s rules');
    expect(problemMessage(problem({ status: 429, reason: 'busy' }))).toBe(en['problem.busy']);
    expect(problemMessage(problem({ status: 503 }))).toBe(en['problem.unavailable']);
    expect(problemMessage(problem({ status: 504, reason: 'deadline' }))).toBe(en['problem.timeout']);
  });

  it('should place a syntax error by line and column, and name a wrong request field', () => {
    expect(problemMessage(problem({ status: 400, position: { line: 2, column: 5, offset: 9 } }))).toBe('Syntax error (line 2, column 5)');
    expect(problemMessage(problem({ status: 400, field: 'at' }))).toBe('The value of “at” is not valid.');
  });
});

describe('plural forms', () => {
  it('should pick the singular for one and the plural for other counts, as given or formatted', () => {
    expect(t('digest.rise', { now: 1, before: 0 })).toBe('1 change (was 0)');
    expect(t('digest.rise', { now: '2', before: 1 })).toBe('2 changes (was 1)');
    expect(t('digest.changes', { n: '1,234' })).toBe('1,234 changes');
    expect(t('digest.changes', { n: 0 })).toBe('0 changes');
    expect(t('paths.found', { count: 1, date: '2020', hops: 3 })).toBe('1 shortest path at 2020, 3 hops');
    expect(t('results.rows', { n: 1, ms: 4 })).toBe('1 row in 4 ms');
    expect([t('units.year', { n: 1 }), t('units.year', { n: 3 })]).toEqual(['year', 'years']);
  });

  it('should leave a plural form whose parameter is not given as it stands, and give Chinese texts none', () => {
    expect(t('digest.changes', {})).toBe('{n} {n|change|changes}');
    const withPlurals = Object.values(zh).filter((text) => /\{\w+\|/.test(text));
    expect(withPlurals).toEqual([]);
  });
});
