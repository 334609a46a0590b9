// Driver values become plain JSON in one place.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../server/db/convert.js';

describe('toJson', () => {
  it('should turn values it does not know into null rather than throwing', () => {
    expect(toJson(undefined)).toBeNull();
  });

  it('should turn driver Integers into numbers, and huge ones into strings', () => {
    expect(toJson(neo4j.int(42))).toBe(42);
    expect(toJson(neo4j.int('9223372036854775807'))).toBe('9223372036854775807');
  });

  it('should write dates as YYYY-MM-DD', () => {
    expect(toJson(new neo4j.types.Date(2021, 9, 17))).toBe('2021-09-17');
  });

  it('should convert nested maps and lists', () => {
    expect(toJson({ a: [neo4j.int(1), { b: new neo4j.types.Date(2024, 2, 29) }] })).toEqual({ a: [1, { b: '2024-02-29' }] });
  });
});
