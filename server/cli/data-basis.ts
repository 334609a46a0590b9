// The basis of a dataset record, as data:stats and the flagship tests count it: "disputed" when the sources disagree on
// it, else "inferred" when a field was taken from context rather than read in the sources, else "stated".
export const BASES = ['stated', 'inferred', 'disputed'] as const;
type Basis = (typeof BASES)[number];

/** One basis per record: disputed before inferred before stated. */
export function basisOf(record: { disagreement?: unknown; inferred?: readonly unknown[] }): Basis {
  if (record.disagreement) return 'disputed';
  return record.inferred?.length ? 'inferred' : 'stated';
}
