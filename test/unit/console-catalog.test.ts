// parseCatalogFile (server/console/catalog.ts): the sample questions' file headers.
import { describe, expect, it } from 'vitest';
import { parseCatalogFile } from '../../server/console/catalog.js';

describe('parseCatalogFile', () => {
  it('when the header lacks @titleZh or a default, then it refuses the file', () => {
    const base = '// @name q\n// What?\n// @returns x\nRETURN $n AS x\n';
    expect(() => parseCatalogFile('q.cypher', base.replace('RETURN', '// @param n integer\nRETURN'))).toThrow(/titleZh/);
    expect(() => parseCatalogFile('q.cypher', base.replace('RETURN', '// @titleZh 什么?\n// @param n integer\nRETURN'))).toThrow(/default/);
    const ok = parseCatalogFile('q.cypher', base.replace('RETURN', '// @titleZh 什么?\n// @param n integer 3\nRETURN'));
    expect(ok).toMatchObject({ id: 'q', title: 'What?', titleZh: '什么?', params: [{ name: 'n', type: 'integer', default: 3 }] });
  });
});
