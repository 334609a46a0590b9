// Keeps the embedded Neo4j running: when its JVM dies unexpectedly (crash, OOM kill, kill -9), starts it again on the
// same data folder and Bolt port (so the driver's URI stays valid) with exponential backoff, and gives up after a bound.
import type { EmbeddedExit, EmbeddedNeo4j } from './embedded.js';

/** What the supervisor is doing: the JVM runs, is being restarted (attempt n of max), or could not be restarted. */
export type EmbeddedState =
  | { state: 'running' }
  | { state: 'restarting'; attempt: number; attempts: number; since: number }
  | { state: 'failed'; attempts: number; reason: string };

export interface SupervisorOptions {
  /** Starts a new JVM on the same data folder and port. */
  restart: () => Promise<EmbeddedNeo4j>;
  /** Restart attempts after an unexpected exit before giving up (0: give up at once). */
  attempts: number;
  /** Wait before the first attempt; each later attempt waits twice as long, up to maxDelayMs. */
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** A JVM that ran this long since its start counts as healthy again: its next crash gets the full set of attempts. */
  stableAfterMs?: number;
  log: (message: string) => void;
  /** Told when the JVM died (before any restart): the server stops waiting on it at once. */
  onExit?: (exit: EmbeddedExit) => void;
  /** Told when a restarted JVM is ready. */
  onRestarted?: (neo4j: EmbeddedNeo4j) => void;
  /** Told once when every attempt failed. */
  onGiveUp?: (reason: string) => void;
}

export interface EmbeddedSupervisor {
  /** The current state, for /api/health and the 503s' wording. */
  readonly status: EmbeddedState;
  /** The JVM running now (undefined while it restarts or after giving up). */
  readonly current: EmbeddedNeo4j | undefined;
  /** Stops supervising and stops the JVM (or the one being started). */
  stop(): Promise<void>;
  /** Kills the running JVM (SIGKILL: work inside it cannot be ended any other way) so that it is restarted as after a crash. */
  restartNow(reason: string): void;
}

const describeExit = (exit: EmbeddedExit) => (exit.signal ? `killed by ${exit.signal}` : `exited with code ${exit.code}`);
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Watches `first` and every JVM started after it; restarts on unexpected exits until `attempts` in a row have failed. */
export function superviseEmbedded(first: EmbeddedNeo4j, options: SupervisorOptions): EmbeddedSupervisor {
  const { attempts, firstDelayMs = 500, maxDelayMs = 8_000, stableAfterMs = 60_000, log } = options;
  let status: EmbeddedState = { state: 'running' };
  let current: EmbeddedNeo4j | undefined = first;
  let stopped = false;
  let starting: Promise<EmbeddedNeo4j | undefined> | undefined;
  /** Attempts already spent on the current run of crashes. */
  let spent = 0;
  let startedAt = Date.now();

  const giveUp = (reason: string) => {
    status = { state: 'failed', attempts, reason };
    log(`Neo4j could not be restarted: ${reason}. Giving up.`);
    options.onGiveUp?.(reason);
  };

  const restartAfter = async (exit: EmbeddedExit) => {
    if (Date.now() - startedAt >= stableAfterMs) spent = 0;
    while (!stopped) {
      if (spent >= attempts) {
        return giveUp(
          attempts === 0
            ? `the embedded Neo4j ${describeExit(exit)} and NEO4J_RESTART_ATTEMPTS is 0`
            : `the embedded Neo4j ${describeExit(exit)} and ${attempts} restart attempt${attempts === 1 ? '' : 's'} failed`,
        );
      }
      spent += 1;
      status = { state: 'restarting', attempt: spent, attempts, since: Date.now() };
      const delay = Math.min(firstDelayMs * 2 ** (spent - 1), maxDelayMs);
      log(`restarting the embedded Neo4j in ${delay} ms (attempt ${spent} of ${attempts})…`);
      await pause(delay);
      if (stopped) return;
      starting = options.restart().catch((error: unknown) => {
        log(`restart attempt ${spent} of ${attempts} failed: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      });
      const next = await starting;
      starting = undefined;
      if (!next) continue;
      if (stopped) return void (await next.stop());
      current = next;
      startedAt = Date.now();
      status = { state: 'running' };
      log(`the embedded Neo4j runs again (pid ${next.pid}, attempt ${spent} of ${attempts}).`);
      options.onRestarted?.(next);
      return watch(next);
    }
  };

  const watch = (neo4j: EmbeddedNeo4j) => {
    void neo4j.exited.then((exit) => {
      if (stopped || exit.expected || current !== neo4j) return;
      current = undefined;
      log(`the embedded Neo4j (pid ${neo4j.pid}) ${describeExit(exit)}.`);
      void restartAfter(exit); // sets the status (restarting, or failed) before its first pause
      options.onExit?.(exit);
    });
  };
  watch(first);

  return {
    get status() {
      return status;
    },
    get current() {
      return current;
    },
    restartNow: (reason) => {
      if (stopped || !current) return;
      log(`restarting the embedded Neo4j (pid ${current.pid}): ${reason}.`);
      process.kill(current.pid, 'SIGKILL');
    },
    stop: async () => {
      stopped = true;
      const pending = await starting;
      await Promise.all([current?.stop(), pending?.stop()]);
    },
  };
}
