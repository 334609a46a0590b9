// The names of the queries the server runs; the registry refuses to start when one is missing.
export const REQUIRED_QUERIES = [
  'server-components',
  'entity-nodes', 'entity-nodes-by-ids', 'edges-all', 'timeline-edges', 'graph-at', 'edges-diff', 'milestones-all', 'vocabulary-all',
  'sources-all', 'dated-relationship-types', 'nodes-search', 'node-relationships', 'node-ownership', 'node-milestones',
  'node-neighbors', 'paths-shortest', 'paths-earliest', 'nodes-by-element-ids',
  'count-data', 'wipe-all', 'import-sources', 'import-vocabulary', 'import-nodes', 'import-ownership',
  'import-relationships', 'import-milestones', 'import-known-types', 'import-existing-entities', 'seed-empty',
  'export-nodes', 'export-relationships',
] as const;
