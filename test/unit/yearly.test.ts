// Yearly arithmetic (server/services/yearly.ts): the year range, counts per year and the openness index.
import { describe, expect, it } from 'vitest';
import { inForceAt } from '../../contract/dates.js';
import type { ApiEdge } from '../../server/services/model.js';
import { openness, yearCounts, yearRange } from '../../server/services/yearly.js';

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
});
