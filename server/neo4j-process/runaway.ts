// Restarts of the embedded Neo4j for runaway console work (a terminated transaction still running past a hard limit,
// inside a list loop that Neo4j cannot interrupt): the console asks, the supervisor acts, /api/health tells.

/** One restart, for /api/health. */
export interface RunawayRestart {
  at: string;
  reason: string;
}

let restarter: ((reason: string) => void) | undefined;
const restarts: RunawayRestart[] = [];

/** server/index.ts registers the supervisor's restart here when it runs an embedded Neo4j (never for NEO4J_URI). */
export function onRunawayRestart(restart: ((reason: string) => void) | undefined): void {
  restarter = restart;
}

/** Restarts the embedded Neo4j for `reason` and returns true; false when Hulian does not own its Neo4j. */
export function restartForRunaway(reason: string): boolean {
  if (!restarter) return false;
  restarts.push({ at: new Date().toISOString(), reason });
  restarter(reason);
  return true;
}

/** How many runaway restarts this process made, and the last one (for /api/health). */
export function runawayRestarts(): { count: number; last: RunawayRestart | null } {
  return { count: restarts.length, last: restarts.at(-1) ?? null };
}
