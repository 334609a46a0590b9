// The marker a running embedded Neo4j leaves in its data folder (<dataDir>/hulian-bolt.json: Bolt URI
// and JVM pid), so a second process (db:seed, import, another start) can reuse it instead of hitting the store lock.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const BOLT_FILE_NAME = 'hulian-bolt.json';

export interface BoltFile {
  uri: string;
  /** The Neo4j JVM's process id. */
  pid: number;
  version: string;
  /** The Node process that started the JVM. */
  ownerPid: number;
  startedAt: string;
}

/** The marker's path for a data folder. */
export function boltFilePath(dataDir: string): string {
  return join(dataDir, BOLT_FILE_NAME);
}

/** True when a process with this id exists (signal 0 only checks). */
function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Records a freshly started embedded Neo4j. */
export function writeBoltFile(dataDir: string, info: BoltFile): void {
  writeFileSync(boltFilePath(dataDir), `${JSON.stringify(info, null, 2)}\n`);
}

/** Removes the marker, but only when it still names the JVM `pid` (a newer start may have replaced it). */
export function removeBoltFile(dataDir: string, pid: number): void {
  const current = readBoltFile(dataDir);
  if (current && current.pid === pid) rmSync(boltFilePath(dataDir), { force: true });
}

/** The marker's content, or null when it is missing or malformed. */
export function readBoltFile(dataDir: string): BoltFile | null {
  try {
    const parsed = JSON.parse(readFileSync(boltFilePath(dataDir), 'utf8')) as Partial<BoltFile>;
    if (typeof parsed.uri !== 'string' || typeof parsed.pid !== 'number') return null;
    return parsed as BoltFile;
  } catch {
    return null;
  }
}

/** The marker when its JVM is still alive; a stale marker (dead pid) is removed and null returned. */
export function readLiveBoltFile(dataDir: string): BoltFile | null {
  const info = readBoltFile(dataDir);
  if (!info) return null;
  if (isProcessAlive(info.pid)) return info;
  rmSync(boltFilePath(dataDir), { force: true });
  return null;
}
