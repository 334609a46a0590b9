// Runs the real entry point (server/index.ts) as a child process against the benchmark's Neo4j, so its RSS is
// the server's own, and reads its memory from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findFreePort } from '../server/neo4j-process/free-port.js';
import type { Neo4jTarget } from '../server/db/resolve.js';
import { BENCH_QUERY_TIMEOUT_MS } from './bench-neo4j.js';

const ROOT = resolve(import.meta.dirname, '..');

export interface BenchServer {
  baseUrl: string;
  /** Resident and peak resident memory of the server process, in MB (from /proc/<pid>/status). */
  memory(): { rssMB: number; peakRssMB: number };
  stop(): Promise<void>;
}

/** Starts the server on a free port, pointed at `target` through NEO4J_URI; resolves once it listens. `env` overrides
 * the environment (e.g. the default QUERY_TIMEOUT_MS instead of the benchmark's generous one). */
export async function startBenchServer(target: Neo4jTarget, env: Record<string, string> = {}): Promise<BenchServer> {
  const port = await findFreePort();
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('NEO4J_')));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...base,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      HOST: '127.0.0.1',
      QUERY_TIMEOUT_MS: String(BENCH_QUERY_TIMEOUT_MS),
      NEO4J_URI: target.uri,
      NEO4J_USERNAME: target.username,
      NEO4J_PASSWORD: target.password,
      NEO4J_DATABASE: target.database,
      ...env,
    },
  });
  let output = '';
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`the server did not start within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/explorer ready at/.test(output)) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the server exited (${code}):\n${output}`));
    });
  });
  const statusField = (name: string) => {
    const line = readFileSync(`/proc/${child.pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith(`${name}:`));
    return Math.round(Number(line?.match(/(\d+)/)?.[1] ?? Number.NaN) / 1024);
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilReady(baseUrl);
  return {
    baseUrl,
    memory: () => ({ rssMB: statusField('VmRSS'), peakRssMB: statusField('VmHWM') }),
    stop: async () => {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Polls /api/ready: with NEO4J_URI the server listens before its first check of Neo4j has passed; on a large foreign
 * database the start-up warm-up also computes the first layout, which takes minutes on a busy machine. */
async function waitUntilReady(baseUrl: string, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await fetch(`${baseUrl}/api/ready`).catch(() => null);
    if (response?.ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${baseUrl}/api/ready did not answer 200 within ${timeoutMs / 1000} s`);
}
