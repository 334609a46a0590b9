// Console result cells (client/src/lib/result-cells.ts): nodes, relationships and paths in the form the server sends
// them (server/db/convert.ts toJson) become chips with a caption, a label and their properties; nothing reads "null".
import { describe, expect, it } from 'vitest';
import { t } from '../../client/src/i18n';
import { describeCell, type ChipLookup } from '../../client/src/lib/result-cells';
import { MISSING, valueText } from '../../client/src/lib/labels';

const node = (elementId: string, labels: string[], properties: Record<string, unknown>) => ({ elementId, labels, properties });
const taobao = node('4:x:1', ['Entity', 'Platform'], { id: 'taobao', name: 'Taobao', nameZh: '淘宝', aliases: [] });
const baidu = node('4:x:2', ['Entity', 'Company'], { id: 'baidu', name: 'Baidu', nameZh: null });
const blocks = {
  elementId: '5:x:9',
  type: 'BLOCKS',
  startNodeElementId: taobao.elementId,
  endNodeElementId: baidu.elementId,
  properties: { id: 'r-blocks', since: '2008-09-01', rating: 7, verified: false },
};
const lookup: ChipLookup = {
  typeLabel: (type) => `label of ${type}`,
  nodeLabel: (id) => `name of ${id}`,
  nodes: new Map([['taobao', {}]]),
  edges: new Map([['r-blocks', { source: 'taobao', target: 'baidu' }]]),
};

describe('describeCell', () => {
  it('when a cell holds null or an empty list, then it shows the missing mark, not "null"', () => {
    expect(describeCell(null, null, 'en')).toEqual({ kind: 'text', text: MISSING });
    expect(describeCell({ segments: [] }, null, 'en')).toEqual({ kind: 'text', text: MISSING });
    expect(JSON.stringify(describeCell(node('4:x:3', ['Person'], { name: null }), null, 'en'))).not.toMatch(/null|undefined/);
  });

  it('should show a node as its name and kind, with every set property as text', () => {
    const chip = describeCell(taobao, null, 'en');
    expect(chip).toMatchObject({ kind: 'node', caption: 'Taobao 淘宝', label: 'Platform' });
    expect(describeCell(taobao, null, 'zh')).toMatchObject({ caption: '淘宝' });
    expect(describeCell(baidu, null, 'en')).toMatchObject({
      caption: 'Baidu',
      properties: [
        ['id', 'baidu'],
        ['name', 'Baidu'],
      ],
    });
  });

  it('should show a relationship as its ends and type from the timeline, its properties in the locale', () => {
    const chip = describeCell(blocks, lookup, 'en');
    expect(chip).toMatchObject({ kind: 'relationship', caption: 'name of taobao → name of baidu', label: 'label of BLOCKS' });
    expect(chip).toMatchObject({
      properties: expect.arrayContaining([
        ['rating', valueText(7, 'en')],
        ['verified', valueText(false, 'en')],
      ]),
    });
  });

  it('when the timeline does not know a relationship, then its type is the caption', () => {
    expect(describeCell({ ...blocks, properties: {} }, null, 'en')).toMatchObject({ caption: 'BLOCKS', label: t('chip.relationship') });
  });

  it('should show a path as its first node, then each step with its direction, relationship and next node', () => {
    const path = { segments: [{ start: baidu, relationship: blocks, end: taobao }] };
    const cell = describeCell(path, null, 'en');
    expect(cell).toMatchObject({
      kind: 'path',
      start: { caption: 'Baidu' },
      steps: [{ forward: false, node: { caption: 'Taobao 淘宝' } }],
    });
    expect(cell).toMatchObject({ steps: [{ relationship: { caption: 'Taobao 淘宝 → Baidu' } }] });
  });

  it('should show a list holding graph values as a list of cells, and other values as text', () => {
    expect(describeCell([taobao, 3], null, 'en')).toMatchObject({ kind: 'list', items: [{ kind: 'node' }, { kind: 'text', text: '3' }] });
    expect(describeCell(['a', 'b'], null, 'en')).toEqual({ kind: 'text', text: 'a, b' });
    expect(describeCell(12345, null, 'en')).toEqual({ kind: 'text', text: valueText(12345, 'en') });
  });
});
