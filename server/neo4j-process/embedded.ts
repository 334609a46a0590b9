// Runs Neo4j Community as a child JVM through the Java launcher in launcher/, and stops it with us.
// Protocol (launcher/README.md): one "HULIAN_NEO4J_READY <uri> neo4j/<version>" line on stdout; "HULIAN_NEO4J_ERROR kind: …" on stderr.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { removeBoltFile, writeBoltFile } from './bolt-file.js';
import { findFreePort } from './free-port.js';

export const LAUNCHER_DIR = resolve(import.meta.dirname, '..', '..', 'launcher');
const LAUNCHER_JAR = join(LAUNCHER_DIR, 'target', 'hulian-launcher.jar');
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
];
// Not -XX:TieredStopAtLevel=1: it halved cold start, but a warmed 100k-relationship import ran ~35% slower without C2
// (A/B in the README's Reliability section).

/**
 * Class-data sharing (AppCDS): the first start of a launcher build writes the classes it loaded (~115 MB) to an archive
 * when it stops cleanly; later starts map them instead of loading and verifying them again (READY and the first
 * plans come sooner; steady state is unchanged). Keyed by the jar's build time, so a
 * rebuilt launcher writes a fresh one; a JDK that cannot use it just warns and starts without it.
 */
function classDataSharing(): { flags: string[]; keep: (exitCode: number | null, signal: NodeJS.Signals | null) => void } {
  removeStaleArchiveParts();
  const archive = join(LAUNCHER_DIR, 'target', `hulian-launcher-${Math.round(statSync(LAUNCHER_JAR).mtimeMs)}.jsa`);
  if (existsSync(archive)) return { flags: [`-XX:SharedArchiveFile=${archive}`], keep: () => undefined };
  const writing = `${archive}.${process.pid}-${Date.now()}.tmp`;
  return {
    flags: [`-XX:ArchiveClassesAtExit=${writing}`],
    keep: (exitCode, signal) => {
      if (signal === null && exitCode !== null && existsSync(writing) && statSync(writing).size > 0) renameSync(writing, archive);
      else rmSync(writing, { force: true });
    },
  };
}

/** A JVM writes its archive part only while it exits, in seconds; a part older than this was left by a killed run. */
const STALE_ARCHIVE_PART_MS = 10 * 60_000;

/** Removes archive parts (~115 MB each) left behind when Node died before it could rename or remove them. */
function removeStaleArchiveParts(): void {
  const dir = join(LAUNCHER_DIR, 'target');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.tmp') && n.includes('.jsa.'))) {
    const path = join(dir, name);
    try {
      if (Date.now() - statSync(path).mtimeMs > STALE_ARCHIVE_PART_MS) rmSync(path, { force: true });
    } catch {
      // Another start removed it first.
    }
  }
}

export interface EmbeddedOptions {
  dataDir: string;
  heap: string;
  pagecacheMb: number;
  startTimeoutS: number;
  /** A fixed Bolt port (e.g. to restart on the same address); a free one is picked when absent. */
  port?: number;
  onLog?: (line: string) => void;
}

/** How the JVM ended: `expected` is true when stop() asked it to. */
export interface EmbeddedExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  expected: boolean;
}

export interface EmbeddedNeo4j {
  uri: string;
  version: string;
  pid: number;
  /** The Bolt port (a restart on it keeps the driver's URI valid). */
  port: number;
  /** Settles when the JVM exits, for whatever reason (a supervisor restarts it when the exit was not expected). */
  exited: Promise<EmbeddedExit>;
  /** Stops the JVM cleanly (closes its stdin, then SIGTERM, then SIGKILL after a grace period). */
  stop(): Promise<void>;
}

/** Thrown when the embedded Neo4j cannot be started; `kind` comes from the launcher's error line. */
export class EmbeddedStartError extends Error {
  constructor(
    message: string,
    readonly kind: string,
  ) {
    super(message);
  }
}

/** True when the launcher has been built (npm install runs the Maven build when Java and Maven exist). */
export function launcherIsBuilt(): boolean {
  return existsSync(LAUNCHER_JAR);
}

const running = new Map<ChildProcess, string>();
process.once('exit', () => {
  for (const [child, dataDir] of running) {
    removeBoltFile(dataDir, child.pid!);
    child.kill('SIGTERM');
  }
});

function stopChild(child: ChildProcess, graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(killer);
      running.delete(child);
      done();
    });
    child.stdin?.end();
    child.kill('SIGTERM');
  });
}

/** MiB in a JVM size such as 512m or 2g. */
export function heapMb(heap: string): number {
  const match = /^(\d+)([mMgG])$/.exec(heap);
  if (!match) throw new RangeError(`a heap size looks like 512m or 2g, got ${heap}`);
  return Number(match[1]) * (match[2]!.toLowerCase() === 'g' ? 1024 : 1);
}

/**
 * Memory caps that keep transactions inside the heap: one transaction at most half of it (a 100k-relationship import
 * fits in one), all of them together at most 60%, which leaves the rest to Neo4j's own caches and the query plans.
 */
export function transactionMemoryFlags(heap: string): string[] {
  const mb = heapMb(heap);
  return ['--tx-memory-mb', String(Math.floor(mb / 2)), '--tx-total-memory-mb', String(Math.floor(mb * 0.6))];
}

/** Starts Neo4j on a free loopback port with its data in `dataDir`; resolves once it prints its ready line. */
export async function startEmbedded(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  if (!launcherIsBuilt()) {
    throw new EmbeddedStartError('the embedded Neo4j launcher is not built (launcher/target is missing)', 'not-built');
  }
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const port = options.port ?? (await findFreePort());
  const sharing = classDataSharing();
  const child = spawn(
    'java',
    [
      `-Xms256m`,
      `-Xmx${options.heap}`,
      ...JVM_FLAGS,
      ...sharing.flags,
      '-cp',
      `${LAUNCHER_JAR}:${join(LAUNCHER_DIR, 'target', 'lib', '*')}`,
      'hulian.launcher.Launcher',
      '--home',
      dataDir,
      '--port',
      String(port),
      '--pagecache-mb',
      String(options.pagecacheMb),
      '--tx-timeout-s',
      '900',
      ...transactionMemoryFlags(options.heap),
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  running.set(child, dataDir);
  let stopping = false;
  const exited = new Promise<EmbeddedExit>((done) =>
    child.once('exit', (code, signal) => {
      running.delete(child);
      removeBoltFile(dataDir, child.pid!);
      sharing.keep(code, signal);
      done({ code, signal, expected: stopping });
    }),
  );
  const stop = () => {
    stopping = true;
    return stopChild(child);
  };

  return new Promise<EmbeddedNeo4j>((resolveStart, rejectStart) => {
    let errorLine = '';
    const fail = (error: EmbeddedStartError) => {
      clearTimeout(timer);
      void stopChild(child, 2_000).then(() => rejectStart(error));
    };
    const timer = setTimeout(
      () =>
        fail(
          new EmbeddedStartError(
            `Neo4j did not become ready within ${options.startTimeoutS} s (raise NEO4J_START_TIMEOUT_S on a slow machine)`,
            'timeout',
          ),
        ),
      options.startTimeoutS * 1000,
    );
    child.once('error', (error) => fail(new EmbeddedStartError(`could not run java: ${error.message}`, 'no-java')));
    createInterface({ input: child.stderr! }).on('line', (line) => {
      if (line.startsWith('HULIAN_NEO4J_ERROR')) errorLine = line.replace('HULIAN_NEO4J_ERROR ', '');
      options.onLog?.(line);
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const ready = /^HULIAN_NEO4J_READY (\S+) neo4j\/(\S+)/.exec(line);
      if (!ready) return options.onLog?.(line);
      clearTimeout(timer);
      writeBoltFile(dataDir, {
        uri: ready[1]!,
        pid: child.pid!,
        version: ready[2]!,
        ownerPid: process.pid,
        startedAt: new Date().toISOString(),
      });
      resolveStart({ uri: ready[1]!, version: ready[2]!, pid: child.pid!, port, exited, stop });
    });
    child.once('exit', (code) => {
      const kind = errorLine.split(':')[0] || 'exited';
      fail(new EmbeddedStartError(errorLine || `the Neo4j launcher exited with code ${code} before it was ready`, kind));
    });
  });
}
