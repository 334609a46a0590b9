// validate and the request schemas (server/http/params.ts, requests.ts): bad fields become a 400 naming the field.
import { describe, expect, it } from 'vitest';
import { validate } from '../../server/http/params.js';
import { BadRequestError } from '../../server/http/problems.js';
import { diffQuery, graphQuery, pathsQuery } from '../../server/http/requests.js';

describe('validate', () => {
  it('when a field is bad, then it throws a BadRequestError naming the field', () => {
    const error = (() => {
      try {
        validate(graphQuery, { at: '2021-02-29' });
      } catch (e) {
        return e;
      }
    })() as BadRequestError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.extras.field).toBe('at');
    expect(() => validate(pathsQuery, { from: 'a', to: 'b', at: '2020-01-01', maxHops: '0' })).toThrow(/maxHops/);
  });

  it('should apply defaults and accept real dates, leap days included', () => {
    expect(validate(pathsQuery, { from: 'a', to: 'b', at: '2020-02-29' }).maxHops).toBe(4);
    expect(validate(graphQuery, { at: '2020-02-29' }).at).toBe('2020-02-29');
    expect(() => validate(graphQuery, { at: '2020-13-01' })).toThrow(BadRequestError);
  });
});

describe('diffQuery', () => {
  it('when from is later than to, then the error names from and says to swap them', () => {
    expect(() => validate(diffQuery, { from: '2022-01-01', to: '2021-12-31' })).toThrow(/`from`.*`to`/);
    expect(validate(diffQuery, { from: '2021-12-31', to: '2021-12-31' })).toEqual({ from: '2021-12-31', to: '2021-12-31' });
  });
});
