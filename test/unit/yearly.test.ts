// Yearly arithmetic (server/services/yearly.ts): the year range, counts per year and the openness index.
import { describe, expect, it } from 'vitest';
import { inForceAt } from '../../contract/dates.js';
import type { Vocabulary } from '../../contract/shapes.js';
import type { ApiEdge, ApiNode } from '../../server/services/model.js';
import { openness, opennessDefined, yearCounts, yearlyStats, yearRange } from '../../server/services/yearly.js';

const edge = (id: string, type: string, since: string, until: string | null, source = 'a', target = 'b') =>
  ({ id, type, since, until, source, target }) as ApiEdge;

describe('yearly arithmetic', () => {
  it('when there is nothing dated, then the range is null and there are no years', () => {
    expect(yearRange([])).toBeNull();
    expect(yearCounts([], null)).toEqual([]);
  });

  it('should treat until as exclusive and count open against closed pairs', () => {
    expect(inForceAt(edge('e', 'BLOCKS', '2013-01-01', '2021-09-17'), '2021-09-17')).toBe(false);
    expect(inForceAt(edge('e', 'BLOCKS', '2013-01-01', '2021-09-17'), '2021-09-16')).toBe(true);
    const categories = new Map([
      ['BLOCKS', 'closed'],
      ['ALLOWS', 'open'],
      ['SUES', 'legal'],
    ]);
    const edges = [
      edge('1', 'BLOCKS', '2013-01-01', null, 'a', 'b'),
      edge('2', 'ALLOWS', '2013-01-01', null, 'b', 'a'),
      edge('3', 'ALLOWS', '2013-01-01', null, 'c', 'd'),
      edge('4', 'SUES', '2013-01-01', null, 'e', 'f'),
    ];
    expect(openness(edges, categories)).toBeCloseTo(2 / 3, 3);
    expect(openness([edges[3]!], categories)).toBeNull();
  });

  it('when the vocabulary lacks an open or a closed type, then openness is undefined and null', () => {
    const edges = [edge('1', 'ALLOWS', '2013-01-01', null, 'a', 'b'), edge('2', 'SUES', '2013-01-01', null, 'c', 'd')];
    const onlyOpen = new Map([
      ['ALLOWS', 'open'],
      ['SUES', 'legal'],
    ]);
    const neither = new Map([
      ['ALLOWS', 'commercial'],
      ['SUES', 'legal'],
    ]);
    expect(opennessDefined(onlyOpen)).toBe(false);
    expect(opennessDefined(neither)).toBe(false);
    expect(openness(edges, onlyOpen)).toBeNull();
    expect(openness(edges, neither)).toBeNull();
    expect(opennessDefined(new Map([...onlyOpen, ['BLOCKS', 'closed']]))).toBe(true);
    expect(openness(edges, new Map([...onlyOpen, ['BLOCKS', 'closed']]))).toBe(1);
  });

  it('when the vocabulary has no open and closed types, then /api/stats sends null openness every year and no definition', () => {
    const edges = [edge('1', 'ALLOWS', '2013-01-01', null, 'a', 'b'), edge('2', 'SUES', '2014-01-01', null, 'c', 'd')];
    const nodes = ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id, nameZh: null }) as unknown as ApiNode);
    const vocabulary = (category: string) =>
      [
        { type: 'ALLOWS', label: 'allows', category },
        { type: 'SUES', label: 'sues', category: 'legal' },
      ] as Vocabulary[];
    const without = yearlyStats(edges, nodes, vocabulary('commercial'));
    expect(without.years.map((y) => y.openness)).toEqual([null, null]);
    expect(without.openness).toBeNull();
    const onlyOpen = yearlyStats(edges, nodes, vocabulary('open'));
    expect(onlyOpen.years.map((y) => y.openness)).toEqual([null, null]);
    expect(onlyOpen.openness).toBeNull();
  });
});
