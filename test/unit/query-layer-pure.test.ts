// Pure parts of the query layer: request validation, yearly arithmetic, the catalog parser and the gate.
import { describe, expect, it } from 'vitest';
import { parseCatalogFile } from '../../server/console/catalog.js';
import { ConcurrencyGate } from '../../server/http/concurrency-gate.js';
import { toDriverParams } from '../../server/console/params.js';
import { BadRequestError } from '../../server/http/problems.js';
import { isRealDate, validate } from '../../server/http/params.js';
import { graphQuery, pathsQuery } from '../../server/http/requests.js';
import type { ApiEdge } from '../../server/services/model.js';
import { openness, yearCounts, yearRange } from '../../server/services/yearly.js';
import { inForceAt } from '../../contract/dates.js';

const edge = (id: string, type: string, since: string, until: string | null, source = 'a', target = 'b') =>
  ({ id, type, since, until, source, target } as ApiEdge);

describe('validate', () => {
  it('when a field is bad, then it throws a BadRequestError naming the field', () => {
    const error = (() => { try { validate(graphQuery, { at: '2021-02-29' }); } catch (e) { return e; } })() as BadRequestError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.extras.field).toBe('at');
    expect(() => validate(pathsQuery, { from: 'a', to: 'b', at: '2020-01-01', maxHops: '0' })).toThrow(/maxHops/);
  });

  it('should apply defaults and accept real dates, leap days included', () => {
    expect(validate(pathsQuery, { from: 'a', to: 'b', at: '2020-02-29' }).maxHops).toBe(4);
    expect(isRealDate('2020-02-29')).toBe(true);
    expect(isRealDate('2021-02-29')).toBe(false);
  });
});

describe('yearly arithmetic', () => {
  it('when there is nothing dated, then the range is null and there are no years', () => {
    expect(yearRange([])).toBeNull();
    expect(yearCounts([], null)).toEqual([]);
  });

  it('should treat until as exclusive and count open against closed pairs', () => {
    expect(inForceAt(edge('e', 'BLOCKS', '2013-01-01', '2021-09-17'), '2021-09-17')).toBe(false);
    expect(inForceAt(edge('e', 'BLOCKS', '2013-01-01', '2021-09-17'), '2021-09-16')).toBe(true);
    const categories = new Map([['BLOCKS', 'closed'], ['ALLOWS', 'open'], ['SUES', 'legal']]);
    const edges = [edge('1', 'BLOCKS', '2013-01-01', null, 'a', 'b'), edge('2', 'ALLOWS', '2013-01-01', null, 'b', 'a'),
      edge('3', 'ALLOWS', '2013-01-01', null, 'c', 'd'), edge('4', 'SUES', '2013-01-01', null, 'e', 'f')];
    expect(openness(edges, categories)).toBeCloseTo(2 / 3, 3);
    expect(openness([edges[3]!], categories)).toBeNull();
  });
});

describe('parseCatalogFile', () => {
  it('when the header lacks @titleZh or a default, then it refuses the file', () => {
    const base = '// @name q\n// What?\n// @returns x\nRETURN $n AS x\n';
    expect(() => parseCatalogFile('q.cypher', base.replace('RETURN', '// @param n integer\nRETURN'))).toThrow(/titleZh/);
    expect(() => parseCatalogFile('q.cypher', base.replace('RETURN', '// @titleZh 什么?\n// @param n integer\nRETURN'))).toThrow(/default/);
    const ok = parseCatalogFile('q.cypher', base.replace('RETURN', '// @titleZh 什么?\n// @param n integer 3\nRETURN'));
    expect(ok).toMatchObject({ id: 'q', title: 'What?', titleZh: '什么?', params: [{ name: 'n', type: 'integer', default: 3 }] });
  });
});

describe('ConcurrencyGate', () => {
  it('when all slots stay busy past the wait, then the extra caller gets a 429 busy with a retry time', async () => {
    const gate = new ConcurrencyGate(1, { maxWaitMs: 20, retryAfterS: 3 });
    let release!: () => void;
    const busy = gate.run(() => new Promise<void>((r) => { release = r; }));
    await expect(gate.run(async () => 1)).rejects.toMatchObject({ status: 429, retryAfterS: 3, extras: { reason: 'busy' } });
    release();
    await busy;
    expect(await gate.run(async () => 2)).toBe(2);
    expect(gate.active).toBe(0);
  });
});

describe('toDriverParams', () => {
  it('should turn whole numbers into Integers and leave other values alone', () => {
    const out = toDriverParams({ n: 3, x: 2.5, list: [1, 'a'], none: null }) as Record<string, unknown>;
    expect(String(out.n)).toBe('3');
    expect(typeof out.n).toBe('object');
    expect(out.x).toBe(2.5);
    expect(out.none).toBeNull();
  });
});
