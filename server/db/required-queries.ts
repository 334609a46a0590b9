// The names of the queries the server runs; the registry refuses to start when one is missing.
export const REQUIRED_QUERIES = [
  'server-components',
  'count-data', 'wipe-all', 'import-sources', 'import-vocabulary', 'import-nodes', 'import-ownership',
  'import-relationships', 'import-milestones', 'import-known-types', 'import-existing-entities',
] as const;
