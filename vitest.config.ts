// Vitest: unit, integration (real Neo4j, real server) and e2e (real Chromium) tests under test/.
// Files starting with "_" are helpers. One Neo4j for the whole run comes from test/_global-setup.ts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/[^_]*.test.ts'],
    globalSetup: ['test/_global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-output/vitest-results.json' },
  },
});
