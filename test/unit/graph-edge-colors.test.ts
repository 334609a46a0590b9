// Colouring relationships by their own properties: which properties qualify, and the diverging, sequential and
// boolean scales (ends and middle checked against the scale's own colours).
import { describe, expect, it } from 'vitest';
import type { EdgeProps } from '../../contract/presentation';
import { colourableProperties, colourOf, mix, SCALE_COLORS } from '../../client/src/graph/edge-colors';

describe('colourableProperties', () => {
  it('should offer nothing for relationships without properties, or with text, mixed or constant values', () => {
    expect(colourableProperties([])).toEqual([]);
    expect(colourableProperties([undefined, {}])).toEqual([]);
    expect(colourableProperties([{ note: 'a' }, { note: 'b' }])).toEqual([]);
    expect(colourableProperties([{ v: 1 }, { v: 'x' }])).toEqual([]);
    expect(colourableProperties([{ v: 1 }, { v: true }])).toEqual([]);
    expect(colourableProperties([{ v: 3 }, { v: 3 }])).toEqual([]);
  });

  it('should find a signed number as diverging, an unsigned one as sequential, and booleans, sorted by key', () => {
    const props: EdgeProps[] = [{ rating: -10, weight: 2, trusted: true }, { rating: 7, weight: 9, trusted: false }, { rating: 0 }];
    expect(colourableProperties(props)).toEqual([
      { kind: 'diverging', key: 'rating', min: -10, max: 7 },
      { kind: 'boolean', key: 'trusted' },
      { kind: 'sequential', key: 'weight', min: 2, max: 9 },
    ]);
  });
});

describe('colourOf', () => {
  const rating = { kind: 'diverging' as const, key: 'rating', min: -10, max: 10 };

  it('should give the "no value" colour to a missing, text or non-finite value', () => {
    for (const value of [undefined, 'high', Number.NaN, true]) expect(colourOf(rating, value)).toBe(SCALE_COLORS.missing);
  });

  it('should run a diverging scale from its negative end through the middle at 0 to its positive end', () => {
    expect(colourOf(rating, rating.min)).toBe(SCALE_COLORS.negative);
    expect(colourOf(rating, 0)).toBe(SCALE_COLORS.middle);
    expect(colourOf(rating, rating.max)).toBe(SCALE_COLORS.positive);
    expect(colourOf(rating, -5)).toBe(mix(SCALE_COLORS.middle, SCALE_COLORS.negative, 0.5));
  });

  it('should reach each end of an asymmetric diverging scale at its own extreme', () => {
    const skewed = { kind: 'diverging' as const, key: 'r', min: -2, max: 8 };
    expect(colourOf(skewed, -2)).toBe(SCALE_COLORS.negative);
    expect(colourOf(skewed, 8)).toBe(SCALE_COLORS.positive);
  });

  it('should colour a sequential scale light to dark, and booleans in two colours', () => {
    const weight = { kind: 'sequential' as const, key: 'weight', min: 2, max: 9 };
    expect(colourOf(weight, 2)).toBe(SCALE_COLORS.low);
    expect(colourOf(weight, 9)).toBe(SCALE_COLORS.high);
    const trusted = { kind: 'boolean' as const, key: 'trusted' };
    expect(colourOf(trusted, true)).toBe(SCALE_COLORS.yes);
    expect(colourOf(trusted, false)).toBe(SCALE_COLORS.no);
    expect(colourOf(trusted, 1)).toBe(SCALE_COLORS.missing);
  });
});

describe('mix', () => {
  it('should clamp the share to the two colours', () => {
    expect(mix('#000000', '#ffffff', -1)).toBe('#000000');
    expect(mix('#000000', '#ffffff', 2)).toBe('#ffffff');
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
  });
});
