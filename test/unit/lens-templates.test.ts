// The lens template renderer: identifiers only from the schema, backtick-quoted with backticks doubled; anything else refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lens } from '../../contract/lens.js';
import { LensTemplateError, quoteIdentifier, type SchemaNames } from '../../server/lens/identifiers.js';
import { suggestedIndexes } from '../../server/lens/index-suggestions.js';
import { lensTemplate, parseTemplate, renderTemplate } from '../../server/lens/templates.js';

const schemaOf = (labels: string[], types: string[], keys: string[]): SchemaNames => ({
  labels: new Set(labels),
  relationshipTypes: new Set(types),
  propertyKeys: new Set(keys),
});

const TEMPLATE = `// @name sample
// A test template.
// @placeholder who label
// @placeholder via type
// @placeholder ends labels
// @placeholder when property r
// @param limit integer — rows
// @returns rows
MATCH (a:{{who}})-[r:{{via}}]->(b:{{ends}}) RETURN {{when}} AS w LIMIT $limit`;

describe('quoteIdentifier', () => {
  it('when the schema does not hold the name, then it refuses it', () => {
    expect(() => quoteIdentifier('Person) DETACH DELETE (n', 'label', schemaOf(['Person'], [], []))).toThrow(LensTemplateError);
    expect(() => quoteIdentifier('Person', 'type', schemaOf(['Person'], [], []))).toThrow(/relationship type/);
  });

  it('should quote any schema name so that it reads back as exactly that name', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (name) => {
        const quoted = quoteIdentifier(name, 'key', schemaOf([], [], [name]));
        expect(quoted.startsWith('`') && quoted.endsWith('`')).toBe(true);
        const inner = quoted.slice(1, -1);
        // Every backtick inside comes doubled, so the identifier cannot end early.
        expect(inner.replaceAll('``', '')).not.toContain('`');
        expect(inner.replaceAll('``', '`')).toBe(name);
      }),
    );
  });
});

describe('renderTemplate', () => {
  const template = parseTemplate('sample.cypher', TEMPLATE);
  const schema = schemaOf(['Person', 'Org'], ['SENT`X'], ['sent at']);

  it('when a binding names something the schema lacks, then it refuses to render', () => {
    const bindings = { who: 'Person', via: 'SENT`X', ends: ['Person', 'Robot'], when: 'sent at' };
    expect(() => renderTemplate(template, bindings, schema)).toThrow(/label "Robot"/);
  });

  it('when a placeholder is left unbound or an unknown one is bound, then it refuses to render', () => {
    expect(() => renderTemplate(template, { who: 'Person', via: 'SENT`X', ends: ['Org'] }, schema)).toThrow(/not bound/);
    expect(() => renderTemplate(template, { who: 'Person', via: 'SENT`X', ends: ['Org'], when: null, other: 'x' }, schema)).toThrow(
      /no placeholder/,
    );
  });

  it('should quote labels, types and keys, join label lists with | and render an unbound property as null', () => {
    const text = renderTemplate(template, { who: 'Person', via: 'SENT`X', ends: ['Person', 'Org'], when: 'sent at' }, schema);
    expect(text).toContain('MATCH (a:`Person`)-[r:`SENT``X`]->(b:`Person`|`Org`) RETURN r.`sent at` AS w LIMIT $limit');
    expect(renderTemplate(template, { who: 'Org', via: 'SENT`X', ends: ['Org'], when: null }, schema)).toContain('RETURN null AS w');
  });

  it('when a template uses a placeholder it does not declare, then parsing fails', () => {
    expect(() => parseTemplate('sample.cypher', TEMPLATE.replace('{{when}}', '{{whenever}}'))).toThrow(/no @placeholder/);
  });

  it('should load every template in cypher/lens with its placeholders', () => {
    expect([...lensTemplate('lens-timeline-edges').placeholders.keys()].sort()).toEqual(['end', 'labels', 'start', 'type']);
    expect(() => lensTemplate('no-such-template')).toThrow(LensTemplateError);
  });
});

describe('suggestedIndexes', () => {
  const lens: Lens = {
    relationships: [{ type: 'HELD`BY', start: { key: 'valid from', form: 'date' }, end: { key: 'valid_to', form: 'date' } }],
    labels: ['Person'],
    captions: {},
    group: { by: 'label' },
  };
  const schema = schemaOf(['Person'], ['HELD`BY'], ['valid from', 'valid_to']);
  const rangeIndex = (key: string) => ({
    name: 'i',
    type: 'RANGE',
    entityType: 'RELATIONSHIP',
    labelsOrTypes: ['HELD`BY'],
    properties: [key],
  });

  it('when a time property has a range index, then no statement is suggested for it', () => {
    expect(suggestedIndexes(lens, schema, [rangeIndex('valid from'), rangeIndex('valid_to')])).toEqual([]);
  });

  it('should suggest one quoted CREATE INDEX per time property without an index', () => {
    expect(suggestedIndexes(lens, schema, [rangeIndex('valid_to')])).toEqual([
      'CREATE INDEX IF NOT EXISTS FOR ()-[r:`HELD``BY`]-() ON (r.`valid from`)',
    ]);
  });
});
