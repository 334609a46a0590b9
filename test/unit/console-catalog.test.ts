// parseCatalogFile (server/console/catalog.ts): the sample questions' file headers, their `@requires-…` tags, and the
// templates of generated questions, which must pass the console's judge once filled from data.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  catalog,
  catalogEntries,
  catalogTemplates,
  defaultParams,
  parseCatalogEntry,
  parseCatalogFile,
} from '../../server/console/catalog.js';
import { instantiate } from '../../server/console/catalog-for-data.js';
import { loadCypherParser, parseConsoleQuery } from '../../server/console/cypher-tree.js';
import { parseTreeRefusal } from '../../server/console/parse-tree.js';

// The parser loads on the console's first query; these tests call it directly.
beforeAll(loadCypherParser);

const base = '// @name q\n// What?\n// @returns x\nRETURN $n AS x\n';

describe('parseCatalogFile', () => {
  it('when the header lacks @titleZh or a default, then it refuses the file', () => {
    expect(() => parseCatalogFile('q.cypher', base.replace('RETURN', '// @param n integer\nRETURN'))).toThrow(/titleZh/);
    expect(() => parseCatalogFile('q.cypher', base.replace('RETURN', '// @titleZh 什么?\n// @param n integer\nRETURN'))).toThrow(/default/);
    const ok = parseCatalogFile('q.cypher', base.replace('RETURN', '// @titleZh 什么?\n// @param n integer 3\nRETURN'));
    expect(ok).toMatchObject({ id: 'q', title: 'What?', titleZh: '什么?', params: [{ name: 'n', type: 'integer', default: 3 }] });
  });

  it('should read every id and type of the @requires-node and @requires-type lines, and none when there are none', () => {
    const tagged = base.replace('RETURN', '// @titleZh 什么?\n// @param n integer 3\n// @requires-node a b\n// @requires-type T\nRETURN');
    expect(parseCatalogEntry('q.cypher', tagged).requires).toEqual({ nodeIds: ['a', 'b'], types: ['T'] });
    const plain = base.replace('RETURN', '// @titleZh 什么?\n// @param n integer 3\nRETURN');
    expect(parseCatalogEntry('q.cypher', plain).requires).toEqual({ nodeIds: [], types: [] });
  });

  it('should tie every curated question naming an entity id to a @requires-node for that id', () => {
    for (const { query, requires } of catalogEntries()) {
      const named = [...query.cypher.matchAll(/\{id: '([^']+)'\}/g)].map((m) => m[1]);
      for (const id of named) expect(requires.nodeIds, `${query.id} names ${id}`).toContain(id);
      expect(requires.nodeIds.length + requires.types.length, `${query.id} says what it requires`).toBeGreaterThan(0);
    }
  });
});

describe('generated question templates', () => {
  const fill = { type: 'RATES', typeLabel: '“rates”', typeLabelZh: 'rates', busiestYear: 2013, hub1: 'n-1', hub2: 'n-2' };
  const fillNames = { fromName: 'One', toName: 'Two', fromNameZh: 'One', toNameZh: 'Two' };

  it('when a file names an unknown way to generate it, then it is refused; every template names one, no curated question does', () => {
    const file = base.replace('RETURN', '// @titleZh 什么?\n// @param n integer {year}\n// @generate sometimes\nRETURN');
    expect(() => parseCatalogEntry('q.cypher', file)).toThrow(/@generate/);
    for (const template of catalogTemplates()) expect(template.generate, template.query.id).not.toBeNull();
    for (const entry of catalogEntries()) expect(entry.generate, entry.query.id).toBeNull();
  });

  it('when filled from data, then no placeholder is left in titles or defaults and integers are numbers', () => {
    const templates = catalogTemplates();
    expect(templates.length).toBeGreaterThanOrEqual(3);
    for (const template of templates) {
      const question = instantiate(template.query, `${template.query.id}--x`, { ...fill, ...fillNames });
      expect(`${question.title} ${question.titleZh} ${JSON.stringify(question.params)}`, question.id).not.toMatch(/\{\w+\}/);
      for (const p of question.params)
        expect(typeof p.default, `${question.id} $${p.name}`).toBe(p.type === 'integer' ? 'number' : 'string');
    }
  });

  it('should let every filled template and every curated question through the console judge with its defaults', () => {
    const filled = catalogTemplates().map((t) => instantiate(t.query, t.query.id, { ...fill, ...fillNames }));
    for (const question of [...filled, ...catalog()]) {
      expect(parseTreeRefusal(parseConsoleQuery(question.cypher), defaultParams(question)), question.id).toBeNull();
    }
  });
});
