// Bounded concurrency: at most `max` tasks run at once, a few more wait briefly, the rest are told to slow down
// (429 with Retry-After). The request guard bounds the Neo4j-backed requests with it.
import { BusyError } from './problems.js';

export interface GateOptions {
  /** Longest wait for a slot before a BusyError. */
  maxWaitMs: number;
  /** Callers allowed to wait at once; beyond it a BusyError at once. Defaults to twice `max`. */
  maxQueue?: number;
  /** The BusyError's detail. */
  busyDetail?: string;
  /** The BusyError's Retry-After, in seconds. */
  retryAfterS?: number;
}

/** A counting semaphore with a bounded wait. */
export class ConcurrencyGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly maxQueue: number;

  constructor(
    readonly max: number,
    private readonly options: GateOptions,
  ) {
    this.maxQueue = options.maxQueue ?? max * 2;
  }

  /** Runs `work` when a slot is free; a BusyError (429) when none frees up within maxWaitMs or the queue is full. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  /** Tasks running right now. */
  get active(): number {
    return this.running;
  }

  /** Tasks waiting for a slot right now. */
  get queued(): number {
    return this.waiting.length;
  }

  private busy(): BusyError {
    return new BusyError(this.options.busyDetail ?? 'Too many requests are running; try again in a moment.', this.options.retryAfterS ?? 1);
  }

  private acquire(): Promise<void> {
    if (this.running < this.max) {
      this.running += 1;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.maxQueue) return Promise.reject(this.busy());
    return new Promise((resolve, reject) => {
      const wake = () => {
        clearTimeout(timer);
        this.running += 1;
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(wake), 1);
        reject(this.busy());
      }, this.options.maxWaitMs);
      this.waiting.push(wake);
    });
  }

  private release(): void {
    this.running -= 1;
    this.waiting.shift()?.();
  }
}
