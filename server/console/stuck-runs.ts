// Follows console runs that Neo4j still lists after TERMINATE (work inside a list loop ignores it): each is looked up
// until it is gone; past a hard limit the console gives up on it (the route restarts an embedded Neo4j, see cypher.ts).
import type { ConsoleWatchdog } from './watchdog.js';

/** How long a terminated run may stay listed before the console treats it as a runaway. */
const RUNAWAY_LIMIT_MS = 30_000;

export interface StuckRunOptions {
  /** Longest a terminated run may go on; then `onRunaway`. */
  limitMs?: number;
  /** Pause between looks at SHOW TRANSACTIONS. */
  pollMs?: number;
  /** Told once when a run outlives the limit. */
  onRunaway: (run: string, listedMs: number) => void;
  log?: (message: string) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The set of terminated runs still running in Neo4j, each followed until it ends or is declared a runaway. */
export class StuckRuns {
  private readonly since = new Map<string, number>();

  constructor(
    private readonly watchdog: Pick<ConsoleWatchdog, 'running'>,
    private readonly options: StuckRunOptions,
  ) {}

  /** Terminated runs Neo4j still lists. */
  get count(): number {
    return this.since.size;
  }

  /** Starts following `run` (a second call for the same run does nothing); resolves when it is gone or given up on. */
  async follow(run: string): Promise<void> {
    if (this.since.has(run)) return;
    const started = Date.now();
    this.since.set(run, started);
    const { limitMs = RUNAWAY_LIMIT_MS, pollMs = 2_000 } = this.options;
    try {
      for (;;) {
        await sleep(pollMs);
        const listed = await this.watchdog.running(run).catch(() => null);
        const ms = Date.now() - started;
        if (listed && !listed.length) return this.options.log?.(`console run ${run} ended ${ms} ms after TERMINATE`);
        if (ms >= limitMs) return this.options.onRunaway(run, ms);
      }
    } finally {
      this.since.delete(run);
    }
  }
}
