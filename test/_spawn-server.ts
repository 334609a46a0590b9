// Test helper: runs the real entry point (server/index.ts) as a child process, as `npm start` does,
// and watches its output.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export interface SpawnedServer {
  child: ChildProcess;
  output: () => string;
  /** Resolves when a line matching `pattern` appears; rejects after `timeoutMs` or if the process exits first. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<string>;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/** Starts `server/index.ts` with `env` on top of a clean environment (no NEO4J_* from the caller). */
export function spawnServer(env: Record<string, string>): SpawnedServer {
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('NEO4J_')));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: resolve(import.meta.dirname, '..'),
    env: { ...base, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    text += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return {
    child,
    exited,
    output: () => text,
    waitFor: (pattern, timeoutMs) =>
      new Promise((resolveWait, rejectWait) => {
        const check = () => {
          const match = pattern.exec(text);
          if (match) {
            cleanup();
            resolveWait(match[0]);
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          rejectWait(new Error(`timed out waiting for ${pattern}; output:\n${text}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        void exited.then(() => {
          if (listeners.has(check)) {
            cleanup();
            rejectWait(new Error(`exited before ${pattern}; output:\n${text}`));
          }
        });
        check();
      }),
  };
}
