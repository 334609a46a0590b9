// Post-install setup: builds the embedded Neo4j launcher (Maven) and the client (Vite).
// Each step that cannot run here is skipped with a one-line notice instead of failing the install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const launcherOnly = process.argv.includes('--launcher-only');

function has(command, args) {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

function run(label, command, args) {
  const started = Date.now();
  process.stdout.write(`hulian setup: ${label}…\n`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`hulian setup: ${label} failed (exit ${result.status}). Fix the error above and run "npm run setup" again.`);
    process.exit(result.status ?? 1);
  }
  process.stdout.write(`hulian setup: ${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

function buildLauncher() {
  if (!has('java', ['-version']) || !has('mvn', ['-v'])) {
    console.log(
      'hulian setup: JDK 17+ or Maven not found; skipping the embedded Neo4j launcher (set NEO4J_URI or use docker compose instead).',
    );
    return;
  }
  run('building the embedded Neo4j launcher (first time downloads ~100 MB from Maven Central)', 'mvn', [
    '-q',
    '-B',
    '-f',
    join(root, 'launcher', 'pom.xml'),
    'package',
  ]);
}

function buildClient() {
  const vite = join(root, 'node_modules', '.bin', 'vite');
  if (!existsSync(vite)) {
    console.log('hulian setup: Vite is not installed (dev dependencies omitted); skipping the client build.');
    return;
  }
  run('building the client', vite, ['build', '--logLevel', 'warn']);
}

buildLauncher();
if (!launcherOnly) buildClient();
