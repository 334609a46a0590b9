// Backup files on disk: written atomically (temporary file, then rename, so a crash never leaves half a backup),
// and restored by replacing the whole database with the file's content in ONE transaction.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Database } from '../db/database.js';
import type { BackupFile } from './backup-export.js';
import { readNetworkJson } from './json-file.js';
import { loadDataset, type LoadSummary } from './load.js';

/** The default backup path: backups/hulian-<UTC time>.json. */
export function defaultBackupPath(now = new Date()): string {
  return join('backups', `hulian-${now.toISOString().replace(/[:.]/g, '-')}.json`);
}

/** Writes the backup to `path` through a temporary file in the same folder, then renames it into place. */
export function writeBackupFile(path: string, backup: BackupFile): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temporary, `${JSON.stringify(backup, null, 1)}\n`);
  renameSync(temporary, path);
}

/** Validates the file, then wipes the database and loads the file in the same transaction: all or nothing. */
export async function restoreBackupFile(
  db: Database,
  path: string,
  onProgress?: (done: number, total: number) => void,
): Promise<LoadSummary> {
  return loadDataset(db, readNetworkJson(path, path), { replace: true, onProgress });
}
