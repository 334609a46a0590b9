// Clean-up of batched imports left behind: a writing import whose process is gone (killed, crashed, stopped) is
// discarded, a completed one whose markers were not all removed is finished. Runs at server start and before an import.
import { hostname } from 'node:os';
import type { Database } from '../db/database.js';
import { runAutoCommit } from './retry.js';

/** An :Import marker as import-list returns it. */
export interface ImportMarker {
  id: string;
  state: 'writing' | 'complete';
  file: string;
  host: string;
  pid: number;
  /** Seconds since its last heartbeat. */
  quietSeconds: number;
  startedAt: string;
}

/** A writing import quiet this long is dead even when it ran on another machine (its heartbeat comes every 5 s). */
const QUIET_LIMIT_S = 60;

/** Whether a process with this id runs on this machine. */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Sorts the markers: `dead` to discard, `unfinished` (complete) to unmark, `running` to leave alone. */
export function sortMarkers(
  markers: ImportMarker[],
  here: { host: string; alive: (pid: number) => boolean; self?: number },
  quietLimitS = QUIET_LIMIT_S,
): { dead: ImportMarker[]; unfinished: ImportMarker[]; running: ImportMarker[] } {
  const dead: ImportMarker[] = [];
  const unfinished: ImportMarker[] = [];
  const running: ImportMarker[] = [];
  for (const marker of markers) {
    if (marker.state === 'complete') unfinished.push(marker);
    else if (marker.quietSeconds > quietLimitS) dead.push(marker);
    else if (marker.host === here.host && (marker.pid === here.self || !here.alive(marker.pid))) dead.push(marker);
    else running.push(marker);
  }
  return { dead, unfinished, running };
}

/** Deletes everything a writing import wrote, then its marker. */
export async function discardImport(db: Database, id: string): Promise<void> {
  await runAutoCommit(db, 'import-discard-relationships', { id });
  await runAutoCommit(db, 'import-discard-nodes', { id });
  await runAutoCommit(db, 'import-forget', { id });
}

/** Removes a completed import's marker from what it wrote, then the marker itself. */
export async function unmarkImport(db: Database, id: string): Promise<void> {
  await runAutoCommit(db, 'import-unmark-relationships', { id });
  await runAutoCommit(db, 'import-unmark-nodes', { id });
  await runAutoCommit(db, 'import-forget', { id });
}

/** Cleans up what dead and unfinished imports left, logging a line for each; returns the imports still running. */
export async function cleanUpImports(db: Database, log: (line: string) => void): Promise<ImportMarker[]> {
  const markers = (await db.read('import-list', {}, 60_000)) as unknown as ImportMarker[];
  if (!markers.length) return [];
  const { dead, unfinished, running } = sortMarkers(markers, { host: hostname(), alive: processAlive, self: process.pid });
  for (const marker of dead) {
    log(
      `an import of ${marker.file} started ${marker.startedAt} did not finish (its process is gone); ` +
        'removing what it wrote, which was never visible…',
    );
    await discardImport(db, marker.id);
    log(`removed the unfinished import of ${marker.file} (${marker.id}); the data is as it was before it`);
  }
  for (const marker of unfinished) {
    await unmarkImport(db, marker.id);
    log(`finished the clean-up of the completed import of ${marker.file} (${marker.id})`);
  }
  return running;
}
