// Loads an edge-list CSV into the benchmark's Neo4j through the real importer CLI (server/cli/import.ts) run as a
// child process pointed at that Neo4j by NEO4J_URI, exactly as a user would run `npm run import`.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { Neo4jTarget } from '../server/db/resolve.js';

const ROOT = resolve(import.meta.dirname, '..');

/** Runs `server/cli/import.ts <csvPath> ...args`; resolves with its wall time and output, rejects when it fails. */
export async function importWithCli(target: Neo4jTarget, csvPath: string, args: string[]): Promise<{ ms: number; output: string }> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('NEO4J_')));
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/import.ts', csvPath, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...base,
      LOG_LEVEL: 'warn',
      NEO4J_URI: target.uri,
      NEO4J_USERNAME: target.username,
      NEO4J_PASSWORD: target.password,
      NEO4J_DATABASE: target.database,
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  if (code !== 0) throw new Error(`the importer exited with ${code}:\n${output}`);
  return { ms: Date.now() - started, output };
}
