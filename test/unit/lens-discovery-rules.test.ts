// Discovery's pure rules: telling storage forms from sampled values, pairing start and end, captions and the grouping.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideCaption, decideGroup, decideTimes, MAX_GROUPS, pairsAsStartEnd } from '../../server/lens/decide.js';
import { classifySample, isIsoText, nativeForm, needsSample, soundsTemporal } from '../../server/lens/storage-forms.js';

const DAY_MS = 86_400_000;
/** Instants from 1975 to 2200 as epoch milliseconds. */
const instants = fc.integer({ min: 5 * 365 * DAY_MS, max: 230 * 365 * DAY_MS });

describe('classifySample', () => {
  it('when there are no values or they are mixed, then no form is picked', () => {
    expect(classifySample('since', [])).toBeNull();
    expect(classifySample('since', ['2020-01-01', 5])).toBeNull();
  });

  it('when a temporal-sounding key holds text that is not a date, then it is not picked', () => {
    expect(classifySample('since', ['unknown', '2020-01-01'])).toBeNull();
    expect(classifySample('since', ['2021-02-30'])).toBeNull();
  });

  it('when integers sit under a key that does not sound temporal, then they are not picked', () => {
    fc.assert(
      fc.property(fc.array(instants, { minLength: 1 }), (values) => {
        expect(classifySample('count', values)).toBeNull();
      }),
    );
    expect(classifySample('count', [1, 2, 3])).toBeNull();
  });

  it('should tell epoch milliseconds from epoch seconds from years under a temporal key', () => {
    fc.assert(
      fc.property(fc.array(instants, { minLength: 1, maxLength: 50 }), (ms) => {
        expect(classifySample('sentAt', ms)).toBe('epochMillis');
        expect(
          classifySample(
            'sent_at',
            ms.map((v) => Math.floor(v / 1000)),
          ),
        ).toBe('epochSeconds');
        expect(
          classifySample(
            'year',
            ms.map((v) => new Date(v).getUTCFullYear()),
          ),
        ).toBe('year');
      }),
    );
  });

  it('should take ISO days and date-times of real days as ISO text, under any key', () => {
    fc.assert(
      fc.property(fc.array(instants, { minLength: 1, maxLength: 20 }), fc.boolean(), (ms, withTime) => {
        const texts = ms.map((v) => (withTime ? new Date(v).toISOString() : new Date(v).toISOString().slice(0, 10)));
        expect(texts.every(isIsoText)).toBe(true);
        expect(classifySample('happened', texts)).toBe('isoString');
      }),
    );
  });

  it('should read Neo4j temporal types directly, and only a single stored type', () => {
    expect(nativeForm(['DateTime'])).toBe('datetime');
    expect(nativeForm(['Date'])).toBe('date');
    expect(nativeForm(['LocalDateTime'])).toBe('localdatetime');
    expect(nativeForm(['Date', 'String'])).toBeNull();
    expect(nativeForm(['Long'])).toBeNull();
  });

  it('should sample integers, floats and text of one stored type only', () => {
    expect(['Long', 'Double', 'String'].every((type) => needsSample([type]))).toBe(true);
    expect(needsSample(['Long', 'String'])).toBe(false);
    expect(needsSample(['Boolean'])).toBe(false);
    expect(classifySample('sentAt', [1.5e12, 1.6e12 + 0.5])).toBeNull();
  });

  it('should hear time in common key spellings and not in ordinary ones', () => {
    for (const key of ['sentAt', 'valid_from', 'validTo', 'createdAt', 'since', 'until', 'start_date', 'timestamp', 'year'])
      expect(soundsTemporal(key), key).toBe(true);
    for (const key of ['count', 'rating', 'weight', 'total', 'position', 'status', 'amount']) expect(soundsTemporal(key), key).toBe(false);
  });
});

describe('decideTimes', () => {
  it('when a type has no time property, then it is not shown', () => {
    expect(decideTimes('KNOWS', [])).toBeNull();
  });

  it('should pair start and end keys by name', () => {
    for (const [start, end] of [
      ['since', 'until'],
      ['valid_from', 'valid_to'],
      ['validFrom', 'validTo'],
      ['startDate', 'endDate'],
      ['created', 'deleted'],
      ['from', 'to'],
    ] as const)
      expect(pairsAsStartEnd(start, end), `${start}/${end}`).toBe(true);
    expect(pairsAsStartEnd('until', 'since')).toBe(false);
  });

  it('when the pair differs in storage form, then it is not paired', () => {
    const decided = decideTimes('WORKS_AT', [
      { key: 'since', form: 'date' },
      { key: 'until', form: 'epochMillis' },
    ]);
    expect(decided?.relationship.end).toBeNull();
    expect(decided?.relationship.start.key).toBe('since');
    expect(decided?.choices).toHaveLength(1);
  });

  it('should decide a lone time property or a lone pair without asking', () => {
    expect(decideTimes('EMAILED', [{ key: 'sentAt', form: 'datetime' }])).toEqual({
      relationship: { type: 'EMAILED', start: { key: 'sentAt', form: 'datetime' }, end: null },
      choices: [],
    });
    const pair = decideTimes('HELD', [
      { key: 'valid_to', form: 'date' },
      { key: 'valid_from', form: 'date' },
    ]);
    expect(pair?.relationship).toMatchObject({ start: { key: 'valid_from' }, end: { key: 'valid_to' } });
    expect(pair?.choices).toEqual([]);
  });
});

describe('captions and grouping', () => {
  it('when a label has no known caption key, then it records a choice', () => {
    expect(decideCaption('Thing', ['colour', 'shape']).caption).toBeNull();
    expect(decideCaption('Thing', ['colour', 'shape']).choices[0]).toMatchObject({ about: 'caption', subject: 'Thing' });
    expect(decideCaption('Person', ['email', 'name', 'id'])).toEqual({ caption: 'name', choices: [] });
  });

  it('should group by label when several labels are shown, else by a property with few values', () => {
    expect(decideGroup(['A', 'B'], new Map([['dept', 3]])).group).toEqual({ by: 'label' });
    expect(decideGroup(['A'], new Map([['dept', 3]])).group).toEqual({ by: 'property', key: 'dept' });
    expect(decideGroup(['A'], new Map([['dept', 1]])).group).toEqual({ by: 'label' });
    expect(decideGroup(['A'], new Map([['dept', MAX_GROUPS + 1]])).group).toEqual({ by: 'label' });
  });
});
