// The server's layers read one way (README, Layout): routes and http at the edge → services and console → lens, import
// and analysis → db → leaves (errors, config, neo4j-process, contract). `npm run lint` checks it.
/** Forbids `from` importing any of the `to` folders under server/ (or the paths given whole). */
const layer = (name, comment, from, to) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from },
  to: { path: to },
});
const under = (...folders) => `^server/(${folders.join('|')})/`;

module.exports = {
  forbidden: [
    layer(
      'leaves-import-no-layer',
      'errors, config and the Neo4j process know nothing of the app',
      under('errors', 'config', 'neo4j-process'),
      under('db', 'lens', 'import', 'analysis', 'services', 'console', 'http', 'routes', 'openapi', 'cli'),
    ),
    layer(
      'db-knows-no-lens',
      'db/ runs named queries and knows nothing of lenses, imports or services',
      under('db'),
      under('lens', 'import', 'analysis', 'services', 'console', 'http', 'routes', 'openapi', 'cli'),
    ),
    layer(
      'data-layer-reads-down',
      'lens, import and analysis use only db and the leaves',
      under('lens', 'import', 'analysis'),
      under('services', 'console', 'http', 'routes', 'openapi', 'cli'),
    ),
    layer(
      'services-know-no-http',
      'services throw domain errors (server/errors) and never see HTTP',
      under('services', 'console'),
      under('http', 'routes', 'openapi', 'cli'),
    ),
    layer(
      'http-helpers-know-no-services',
      'http/ holds the edge helpers; routes call the services',
      under('http'),
      under('services', 'console', 'lens', 'import', 'analysis', 'routes', 'cli'),
    ),
    layer(
      'contract-stands-alone',
      'the wire contract is shared by server and client and imports neither',
      '^contract/',
      '^(server|client)/',
    ),
    layer('client-never-imports-server', 'the browser bundle gets the contract, never server code', '^client/', '^server/'),
    {
      name: 'no-circular',
      comment: 'no module depends on itself at run time (type-only imports aside)',
      severity: 'error',
      from: { path: '^(server|contract|client)/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
