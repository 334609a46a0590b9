// The dataset's presentation (contract/dataset-presentation.ts, server/analysis/dataset-info.ts): data/dataset.json
// is checked field by field, survives the round trip through the :Dataset node's string properties, and the header
// falls back to the one source's title, else "Hulian".
import { describe, expect, it } from 'vitest';
import { datasetInfo } from '../../server/analysis/dataset-info.js';
import { readDatasetDir } from '../../server/import/bundled.js';
import { presentationFromProps, presentationProps } from '../../contract/dataset-presentation.js';
import { checkPresentation } from '../../server/import/presentation-check.js';
import { ValidationError } from '../../server/import/validate.js';

const bundled = readDatasetDir().presentation!;

describe('checkPresentation', () => {
  it('when a field is wrong, then it throws a ValidationError naming the file and the field', () => {
    const bad = { file: 'dataset.json', value: { title: '', groups: [{ id: 'a', label: 'A', color: 'orange' }] } };
    try {
      checkPresentation(bad);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const fields = (error as ValidationError).issues.map((i) => `${i.file}:${i.field}`);
      expect(fields).toEqual(expect.arrayContaining(['dataset.json:title', 'dataset.json:groups.0.color']));
    }
  });

  it('when two groups would take the rest, then it refuses them', () => {
    const value = { title: 'T', groups: [1, 2].map((i) => ({ id: `g${i}`, label: `G${i}`, color: '#4e79a7' })) };
    expect(() => checkPresentation({ file: 'x', value })).toThrow(ValidationError);
  });

  it("should accept the bundled data/dataset.json and give back what it says through the node's properties", () => {
    const presentation = checkPresentation(bundled);
    const props = presentationProps(presentation);
    expect(Object.values(props).every((v) => typeof v === 'string')).toBe(true);
    expect(presentationFromProps(props)).toEqual(presentation);
    expect(presentation.groups.map((g) => g.id)).toEqual((bundled.value as { groups: { id: string }[] }).groups.map((g) => g.id));
  });
});

describe('datasetInfo', () => {
  it("should take the presentation's text when there is one, without its groups", () => {
    const presentation = checkPresentation(bundled);
    const { groups, ...text } = presentation;
    expect(groups.length).toBeGreaterThan(0);
    expect(datasetInfo(presentation, [{ title: 'ignored' }])).toEqual(text);
  });

  it('when there is no presentation, then the title is the one source title, else "Hulian", and the rest null', () => {
    expect(datasetInfo(null, [{ title: 'Ratings' }])).toEqual({
      title: 'Ratings',
      titleZh: null,
      subtitle: null,
      subtitleZh: null,
      description: null,
      descriptionZh: null,
    });
    expect(datasetInfo(null, []).title).toBe('Hulian');
    expect(datasetInfo(null, [{ title: 'A' }, { title: 'B' }]).title).toBe('Hulian');
  });
});
