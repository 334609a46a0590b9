// Bounded concurrency for console queries: at most `max` run at once, a few more wait briefly, the rest are
// told the console is busy, so the console can never take all of Neo4j from the fixed endpoints.
import { AppError } from '../http/problems.js';

/** A counting semaphore with a bounded wait. */
export class ConcurrencyGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly max: number, readonly maxWaitMs: number, readonly maxQueue = max * 2) {}

  /** Runs `work` when a slot is free; a 503 problem when none frees up within maxWaitMs or the queue is full. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  /** Queries running right now. */
  get active(): number {
    return this.running;
  }

  private acquire(): Promise<void> {
    if (this.running < this.max) {
      this.running += 1;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.maxQueue) return Promise.reject(busy());
    return new Promise((resolve, reject) => {
      const wake = () => {
        clearTimeout(timer);
        this.running += 1;
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(wake), 1);
        reject(busy());
      }, this.maxWaitMs);
      this.waiting.push(wake);
    });
  }

  private release(): void {
    this.running -= 1;
    this.waiting.shift()?.();
  }
}

const busy = () => new AppError(503, 'Console busy', 'Too many console queries are running; try again in a moment.', { reason: 'busy' });
