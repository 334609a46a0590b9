// What an import writes of the vocabulary: only the types its records use, whether the file declares them or
// they come from the known vocabulary; declared but unused types are left out.
import { describe, expect, it } from 'vitest';
import { onlyUsedVocabulary, usedTypes, withKnownVocabulary } from '../../server/import/import-context.js';
import type { RawDataset } from '../../server/import/validate.js';
import type { VocabularyRecord } from '../../server/import/dataset-schema.js';

const entry = (type: string): VocabularyRecord => ({ type, label: type.toLowerCase(), description: 'd', category: 'open' });
const dataset = (vocabulary: string[], relTypes: string[], owner = false): RawDataset => ({
  sources: [],
  milestones: [],
  vocabulary: vocabulary.map(entry),
  nodes: [{ id: 'a', kind: 'Node', name: 'A', ...(owner ? { owner: 'c' } : {}) }],
  relationships: relTypes.map((type, i) => ({ id: `r${i}`, source: 'a', target: 'b', type })),
  files: { sources: 'f', vocabulary: 'f', nodes: 'f', relationships: 'f', milestones: 'f' },
  recordNames: { vocabulary: vocabulary.map((t) => `entry ${t}`) },
});
const types = (raw: RawDataset) => raw.vocabulary.map((v) => (v as VocabularyRecord).type);

describe('onlyUsedVocabulary', () => {
  it('should keep the known types the relationships use and drop every other known one', () => {
    const known = new Map(['BLOCKS', 'SUES', 'FINES'].map((t) => [t, entry(t)]));
    const raw = onlyUsedVocabulary(withKnownVocabulary(dataset(['RATES'], ['RATES', 'BLOCKS']), known));
    expect(types(raw).sort()).toEqual(['BLOCKS', 'RATES']);
  });

  it('should drop a type the file declares but does not use, with its record name', () => {
    const raw = onlyUsedVocabulary(dataset(['RATES', 'UNUSED'], ['RATES']));
    expect([types(raw), raw.recordNames?.vocabulary]).toEqual([['RATES'], ['entry RATES']]);
  });

  it('should keep OWNS when a node names an owner', () => {
    expect(usedTypes(dataset([], ['RATES'], true))).toEqual(new Set(['RATES', 'OWNS']));
    expect(usedTypes(dataset([], ['RATES']))).toEqual(new Set(['RATES']));
  });
});
