// The field order of /api/timeline's compact edge rows, without zod (the client's decoder bundles this file).
// The server writes each row in this order; readers find columns by name in the `fields` header.

/** The column names of every timeline edge row, in order. */
export const EDGE_FIELDS = [
  'id',
  'source',
  'target',
  'type',
  'since',
  'until',
  'sincePrecision',
  'untilPrecision',
  'status',
  'note',
  'sources',
  'disputed',
  'sinceQualifier',
  'untilQualifier',
  'scope',
  'noteZh',
  'inferred',
  'props',
] as const;

export type EdgeField = (typeof EDGE_FIELDS)[number];
