// The console's CPU budget: a few slots, each resting after a query in proportion to how long it ran (so the console
// uses at most a share of the machine on average), and no start at all while the fixed endpoints are busy.
// Turned-away queries get a BusyError (429 with Retry-After) without touching Neo4j.
import { BusyError } from '../errors/app-errors.js';
import { ConsoleBusyError } from './console-errors.js';

/** Time source; tests pass a fake one. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** The wall clock and real timers. */
const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface BudgetGateOptions {
  /** Console queries that may run at once. */
  slots: number;
  /** Share of the whole machine (all cores) the console may use on average, 0 < share ≤ 1. */
  cpuShare: number;
  /** CPU cores of the machine. */
  cores: number;
  /** Longest wait for a slot before a BusyError. */
  maxWaitMs: number;
  /** Callers allowed to wait at once; beyond it a BusyError at once. Defaults to twice `slots`. */
  maxQueue?: number;
  /** How often a waiting caller looks again. */
  pollMs?: number;
  busyDetail?: string;
  clock?: Clock;
}

export interface RunOptions {
  /** Fixed-endpoint requests queued or in flight right now. */
  fixedLoad?: () => number;
  /** At this fixed load or above, the console does not start a query (the fixed endpoints have priority). */
  yieldAt?: number;
}

/**
 * Fraction of the time each slot may be busy so that `slots` slots use at most `cpuShare` of `cores` cores.
 * After a query that ran d ms, its slot rests d × (1 − duty) / duty ms.
 */
export function slotDutyCycle(slots: number, cpuShare: number, cores: number): number {
  if (!(slots >= 1) || !(cpuShare > 0 && cpuShare <= 1) || !(cores >= 1))
    throw new RangeError('slots ≥ 1, 0 < cpuShare ≤ 1 and cores ≥ 1 are required');
  return Math.min(1, (cpuShare * cores) / slots);
}

/** A bounded-wait gate for console queries that keeps them within a CPU budget and behind the fixed endpoints. */
export class BudgetGate {
  private readonly busySlots: boolean[];
  private readonly heldSlots: boolean[];
  private readonly restUntil: number[];
  private waiting = 0;
  private readonly duty: number;
  private readonly clock: Clock;

  constructor(private readonly options: BudgetGateOptions) {
    this.duty = slotDutyCycle(options.slots, options.cpuShare, options.cores);
    this.busySlots = Array.from({ length: options.slots }, () => false);
    this.heldSlots = Array.from({ length: options.slots }, () => false);
    this.restUntil = Array.from({ length: options.slots }, () => 0);
    this.clock = options.clock ?? realClock;
  }

  /**
   * Runs `work` in a rested slot while the fixed endpoints are below `yieldAt`; a BusyError when that does not happen
   * within maxWaitMs. `work` may hand back promises through `hold` (its connections, not yet back in the pool): the
   * slot stays taken until they settle, so work Neo4j has not ended counts against the console, not against Neo4j.
   */
  async run<T>(work: (hold: (released: Promise<unknown>) => void) => Promise<T>, run: RunOptions = {}): Promise<T> {
    const slot = await this.acquire(run);
    const started = this.clock.now();
    const holds: Promise<unknown>[] = [];
    try {
      return await work((released) => holds.push(released));
    } finally {
      const ranMs = this.clock.now() - started;
      this.restUntil[slot] = this.clock.now() + (ranMs * (1 - this.duty)) / this.duty;
      const free = () => {
        this.busySlots[slot] = false;
        this.heldSlots[slot] = false;
      };
      if (!holds.length) free();
      else {
        this.heldSlots[slot] = true;
        void Promise.allSettled(holds).then(free);
      }
    }
  }

  /** Slots whose query has answered but whose connection Neo4j still holds (work past its deadline, not yet ended). */
  get held(): number {
    return this.heldSlots.filter((held, i) => held && this.busySlots[i]).length;
  }

  /** Console queries running right now. */
  get active(): number {
    return this.busySlots.filter(Boolean).length;
  }

  private freeSlot(now: number): number {
    return this.busySlots.findIndex((busy, i) => !busy && this.restUntil[i]! <= now);
  }

  private busy(now: number): BusyError {
    const idleRest = this.restUntil.filter((_, i) => !this.busySlots[i]).map((until) => until - now);
    const restMs = idleRest.length ? Math.min(...idleRest) : 2_000;
    const retryAfterS = Math.min(60, Math.max(1, Math.ceil(restMs / 1000)));
    if (this.held > 0) {
      return new ConsoleBusyError(
        `The console is busy with earlier work: ${this.held} of its ${this.options.slots} slot(s) wait for queries that passed their time limit and that Neo4j has not ended yet. Neo4j itself answers; try the console again in a few seconds.`,
      );
    }
    return new BusyError(this.options.busyDetail ?? 'The console is at its CPU budget; try again in a moment.', retryAfterS);
  }

  private async acquire({ fixedLoad = () => 0, yieldAt = Infinity }: RunOptions): Promise<number> {
    const start = this.clock.now();
    const deadline = start + this.options.maxWaitMs;
    const canStart = (now: number) => (fixedLoad() < yieldAt ? this.freeSlot(now) : -1);
    const first = canStart(start);
    if (first >= 0 && this.waiting === 0) return this.take(first);
    const soonest = Math.min(...this.restUntil.map((until, i) => (this.busySlots[i] ? start : until)));
    if (this.waiting >= (this.options.maxQueue ?? 2 * this.options.slots) || soonest > deadline) throw this.busy(start);
    this.waiting += 1;
    try {
      for (;;) {
        await this.clock.sleep(this.options.pollMs ?? 50);
        const now = this.clock.now();
        const slot = canStart(now);
        if (slot >= 0) return this.take(slot);
        if (now >= deadline) throw this.busy(now);
      }
    } finally {
      this.waiting -= 1;
    }
  }

  private take(slot: number): number {
    this.busySlots[slot] = true;
    return slot;
  }
}
