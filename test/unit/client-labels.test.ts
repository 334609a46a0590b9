// The client's one labelling rule (client/src/lib/labels.ts): data values as text in the interface's locale, a
// relationship's own properties, a console node's caption and the dataset's texts — never "null" or "undefined".
import { describe, expect, it } from 'vitest';
import { en } from '../../client/src/i18n/en';
import { zh } from '../../client/src/i18n/zh';
import { MISSING, nodeCaption, propEntries, textIn, valueText } from '../../client/src/lib/labels';

describe('valueText', () => {
  it('when the value is missing, empty or not finite, then it shows the missing mark or the number as written', () => {
    for (const missing of [null, undefined, '']) expect(valueText(missing, 'en')).toBe(MISSING);
    expect(valueText(Number.NaN, 'en')).toBe('NaN');
  });

  it('should write numbers as the locale does, grouping only from five digits so years stay as they are', () => {
    for (const lang of ['en', 'zh'] as const) {
      const locale = lang === 'zh' ? 'zh-CN' : 'en-US';
      expect(valueText(2013, lang)).toBe('2013');
      expect(valueText(-7, lang)).toBe((-7).toLocaleString(locale));
      expect(valueText(1234567.5, lang)).toBe((1234567.5).toLocaleString(locale, { maximumFractionDigits: 6 }));
    }
  });

  it('should write booleans with the catalogue words of the interface language and lists item by item', () => {
    expect(valueText(true, 'en')).toBe(en['value.true']);
    expect(valueText(false, 'zh')).toBe(zh['value.false']);
    expect(valueText([1, null, 'x'], 'en')).toBe(`1, ${MISSING}, x`);
  });
});

describe('propEntries', () => {
  it('when there are no properties, then there is nothing to show', () => {
    expect(propEntries(undefined, 'en')).toEqual([]);
    expect(propEntries({}, 'zh')).toEqual([]);
  });

  it('should give each property once, in key order, with its value as text and empty texts left out', () => {
    const props = { weight: 2.5, rating: -3, verified: true, label: '标签', note: '' };
    const entries = propEntries(props, 'en');
    expect(entries.map(([key]) => key)).toEqual(
      Object.keys(props)
        .filter((k) => k !== 'note')
        .sort(),
    );
    for (const [key, text] of entries) expect(text).toBe(valueText(props[key as keyof typeof props], 'en'));
  });
});

describe('nodeCaption', () => {
  it('when a node has no usable property, then its first label stands in, never "null"', () => {
    expect(nodeCaption({ name: null, nameZh: null }, ['Person'], 'both')).toBe('Person');
    expect(nodeCaption({}, [], 'zh')).toBe(MISSING);
  });

  it('should prefer the name in the names mode, then title, label or id, then the first text property', () => {
    expect(nodeCaption({ name: 'Taobao', nameZh: '淘宝', id: 'taobao' }, ['Entity'], 'zh')).toBe('淘宝');
    expect(nodeCaption({ name: 'Taobao', nameZh: '淘宝' }, ['Entity'], 'both')).toBe('Taobao 淘宝');
    expect(nodeCaption({ nameZh: '淘宝' }, [], 'both')).toBe('淘宝');
    expect(nodeCaption({ title: 'A report', id: 's1' }, ['Source'], 'both')).toBe('A report');
    expect(nodeCaption({ id: 42 }, ['Node'], 'both')).toBe('42');
    expect(nodeCaption({ zeta: 'z', alpha: 'a', count: null }, ['Thing'], 'both')).toBe('a');
  });
});

describe('textIn', () => {
  it('when both texts are missing or blank, then there is no text', () => {
    expect(textIn(null, undefined, 'en')).toBeNull();
    expect(textIn('  ', '', 'zh')).toBeNull();
  });

  it('should give the Chinese text in Chinese and the English one in English, each falling back to the other', () => {
    expect(textIn('Ratings', '评分', 'zh')).toBe('评分');
    expect(textIn('Ratings', null, 'zh')).toBe('Ratings');
    expect(textIn(null, '评分', 'en')).toBe('评分');
  });
});
