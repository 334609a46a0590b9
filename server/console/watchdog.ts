// Ends console work that outlives its deadline: finds the run's transactions by the id in their metadata, terminates
// them, and checks that they are gone. It runs on the fixed endpoints' pool, never on the console's own.
import type { Database } from '../db/database.js';

/** Metadata key that tags every transaction a console run opens. */
export const RUN_METADATA_KEY = 'hulianConsoleRun';

/** What the watchdog did for one run. */
export interface Termination {
  /** Transactions found still running at the deadline. */
  found: number;
  /** True when none of them was still listed after terminating (or none was running). */
  gone: boolean;
  /** Time from the call to the last check. */
  ms: number;
}

export interface WatchdogOptions {
  /** Checks after TERMINATE before giving up on seeing the transactions gone. */
  checks?: number;
  /** Pause between those checks. */
  checkEveryMs?: number;
  /** Told when a run's transactions could not be seen gone (logged by the route). */
  onStuck?: (run: string, termination: Termination) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Terminates console transactions by run id, on a database handle that the console's queries do not use. */
export class ConsoleWatchdog {
  private readonly checks: number;
  private readonly checkEveryMs: number;

  constructor(
    private readonly db: Database,
    private readonly options: WatchdogOptions = {},
  ) {
    this.checks = options.checks ?? 5;
    this.checkEveryMs = options.checkEveryMs ?? 200;
  }

  /** Ids of the run's transactions that Neo4j still lists. */
  async running(run: string): Promise<string[]> {
    const rows = await this.db.read('console-transactions', { run }, 2_000);
    return rows.map((row) => String(row.transactionId));
  }

  /** Terminates every transaction of `run` and waits (briefly) until Neo4j no longer lists them. */
  async terminate(run: string): Promise<Termination> {
    const started = Date.now();
    let ids = await this.running(run);
    const found = ids.length;
    for (let check = 0; ids.length && check < this.checks; check++) {
      await this.db.read('terminate-transactions', { ids }, 2_000);
      await sleep(this.checkEveryMs);
      ids = await this.running(run);
    }
    const termination = { found, gone: ids.length === 0, ms: Date.now() - started };
    if (!termination.gone) this.options.onStuck?.(run, termination);
    return termination;
  }
}
