// Vitest: three projects under test/: unit (no database, no Java: `npm run test:unit`), integration (real Neo4j, real
// server) and e2e (real Chromium). Files starting with "_" are helpers. One Neo4j per run comes from test/_global-setup.ts.
import { defineConfig } from 'vitest/config';

/** What the projects that need Neo4j share: one Neo4j for the run, files one at a time (they share that Neo4j). */
const withNeo4j = { globalSetup: ['test/_global-setup.ts'], fileParallelism: false, testTimeout: 60_000, hookTimeout: 180_000 };

export default defineConfig({
  test: {
    teardownTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-output/vitest-results.json' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/[^_]*.test.ts'], testTimeout: 30_000 } },
      { extends: true, test: { name: 'integration', include: ['test/integration/**/[^_]*.test.ts'], ...withNeo4j } },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/[^_]*.test.ts'], ...withNeo4j } },
    ],
  },
});
