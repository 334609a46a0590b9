// The lens chosen in the page (PUT /api/lens), kept in Hulian's own state folder, never in the user's database: next to
// HULIAN_LENS when it is set (<name>.saved.json), else .data/lens/<hash of the server address and database>.json.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Lens } from '../../contract/lens.js';
import type { Database } from '../db/database.js';

/** Where a database's saved lens lives: `lensFile`'s neighbour, else one file per server and database under `stateDir`. */
export async function savedLensPath(db: Database, where: { lensFile?: string; stateDir: string }): Promise<string> {
  if (where.lensFile) return where.lensFile.replace(/(\.json)?$/, '.saved.json');
  const { address } = await db.driver.getServerInfo({ database: db.database });
  const hash = createHash('sha256')
    .update(`${address ?? ''}|${db.database}`)
    .digest('hex')
    .slice(0, 16);
  return join(where.stateDir, `${hash}.json`);
}

/** True when a lens was saved at `path`. */
export const hasSavedLens = (path: string): boolean => existsSync(path);

/** Writes `lens` to `path` (whole or not at all: a temporary file renamed over it). */
export function writeSavedLens(path: string, lens: Lens): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(lens, null, 2)}\n`);
  renameSync(temporary, path);
}
