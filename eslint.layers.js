// Server layers import only downward: routes/ → services/ → lens/ and cypher → db/, with domain errors in the leaf
// server/errors/ (mapped to HTTP only in server/http/). ESLint's own no-restricted-imports fails `npm run lint` when a
// lower layer imports a higher one. The exceptions below are known debts, each named with what remains to move.
const upward = (...layers) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: layers.map((layer) => ({
        group: [`../${layer}/*`, `../../server/${layer}/*`],
        message: `this layer must not import server/${layer}/ (layers import only downward)`,
      })),
    },
  ],
});

export default [
  { files: ['server/errors/**/*.ts'], rules: upward('db', 'lens', 'services', 'routes', 'http', 'analysis', 'import', 'console', 'cli') },
  // bootstrap.ts decides the database's mode at start-up (lens/mode.ts): start-up orchestration still to move above db/.
  { files: ['server/db/**/*.ts'], ignores: ['server/db/bootstrap.ts'], rules: upward('lens', 'services', 'routes', 'http', 'analysis') },
  { files: ['server/lens/**/*.ts'], rules: upward('services', 'routes', 'http', 'analysis') },
  { files: ['server/services/**/*.ts'], rules: upward('routes', 'http') },
  // warm-up.ts and timeline-body.ts run services at start-up and per request: to move beside app.ts (FLUID-STEPS).
  {
    files: ['server/http/**/*.ts'],
    ignores: ['server/http/warm-up.ts', 'server/http/timeline-body.ts'],
    rules: upward('services', 'routes'),
  },
  // analysis/ takes the dataset presentation's type from import/presentation-schema.ts: to move to contract/ (LEAD).
  { files: ['server/analysis/**/*.ts'], rules: upward('services', 'routes', 'http') },
];
