// The console's CPU budget gate on a fake clock: slots rest in proportion to what they ran, the console yields to the
// fixed endpoints, and callers it turns away get a BusyError without their work running.
import { describe, expect, it } from 'vitest';
import { BudgetGate, slotDutyCycle, type BudgetGateOptions, type Clock } from '../../server/console/budget-gate.js';
import { BusyError } from '../../server/http/problems.js';
import { loadConfig } from '../../server/config/config.js';

/** A clock that only moves when something sleeps or a test advances it. */
function fakeClock(): Clock & { advance(ms: number): void } {
  let now = 0;
  return {
    now: () => now,
    sleep: async (ms) => {
      now += ms;
    },
    advance: (ms) => {
      now += ms;
    },
  };
}

const gateWith = (clock: Clock, options: Partial<BudgetGateOptions> = {}) =>
  new BudgetGate({ slots: 1, cpuShare: 0.25, cores: 2, maxWaitMs: 2_000, pollMs: 50, clock, ...options });

describe('slotDutyCycle', () => {
  it.each([
    [0, 0.25, 2],
    [1, 0, 2],
    [1, 1.5, 2],
    [1, 0.25, 0],
    [Number.NaN, 0.25, 2],
  ])('should reject slots %s, share %s, cores %s', (slots, share, cores) => {
    expect(() => slotDutyCycle(slots, share, cores)).toThrow(RangeError);
  });

  it('should let the slots together use the share of every core, and never more than all of a slot', () => {
    const cases = [
      [1, 0.25, 2],
      [3, 0.5, 4],
      [1, 1, 2],
      [2, 0.1, 8],
    ] as const;
    for (const [slots, share, cores] of cases) {
      expect(Math.min(slots, slots * slotDutyCycle(slots, share, cores))).toBeCloseTo(Math.min(slots, share * cores));
      expect(slotDutyCycle(slots, share, cores)).toBeLessThanOrEqual(1);
    }
  });
});

describe('BudgetGate', () => {
  it('should refuse options whose share is out of range', () => {
    expect(() => gateWith(fakeClock(), { cpuShare: 2 })).toThrow(RangeError);
  });

  it('when queries of any length keep arriving, then the console stays within its CPU share on average', async () => {
    const clock = fakeClock();
    const options = { slots: 1, cpuShare: 0.25, cores: 2, maxWaitMs: 60_000 };
    const gate = gateWith(clock, options);
    const durations = [5_000, 40, 1_200, 5_000, 300, 2_500, 10, 4_000];
    const began = clock.now();
    let busy = 0;
    for (const ms of durations) {
      await gate.run(async () => {
        clock.advance(ms);
        busy += ms;
      });
    }
    await gate.run(async () => undefined);
    const wall = clock.now() - began;
    expect(busy / wall).toBeLessThanOrEqual(options.cpuShare * options.cores + 1e-9);
    expect(busy / wall).toBeGreaterThan(options.cpuShare * options.cores * 0.9);
  });

  it('when a slot is resting past the wait limit, then a caller is turned away at once, with a Retry-After covering the rest', async () => {
    const clock = fakeClock();
    const gate = gateWith(clock);
    await gate.run(async () => clock.advance(5_000));
    const before = clock.now();
    let ran = false;
    const error = await gate
      .run(async () => {
        ran = true;
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BusyError);
    expect(ran).toBe(false);
    expect(clock.now()).toBe(before);
    const restMs = (5_000 * (1 - slotDutyCycle(1, 0.25, 2))) / slotDutyCycle(1, 0.25, 2);
    expect((error as BusyError).retryAfterS * 1000).toBeGreaterThanOrEqual(restMs);
  });

  it('when a short rest ends within the wait limit, then the caller waits and runs', async () => {
    const clock = fakeClock();
    const gate = gateWith(clock);
    await gate.run(async () => clock.advance(500));
    const ended = clock.now();
    let startedAt = -1;
    await gate.run(async () => {
      startedAt = clock.now();
    });
    expect(startedAt).toBeGreaterThanOrEqual(ended + 500);
    expect(startedAt).toBeLessThan(ended + 2_000);
  });

  it('when the fixed endpoints are at the yield level, then the console waits and is turned away without running', async () => {
    const clock = fakeClock();
    const gate = gateWith(clock);
    let ran = false;
    const started = clock.now();
    const error = await gate
      .run(
        async () => {
          ran = true;
        },
        { fixedLoad: () => 2, yieldAt: 2 },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BusyError);
    expect(ran).toBe(false);
    expect(clock.now() - started).toBeGreaterThanOrEqual(2_000);
  });

  it('when the fixed endpoints quieten during the wait, then the console query runs', async () => {
    const clock = fakeClock();
    const gate = gateWith(clock);
    const quietAt = clock.now() + 700;
    let startedAt = -1;
    await gate.run(
      async () => {
        startedAt = clock.now();
      },
      { fixedLoad: () => (clock.now() < quietAt ? 5 : 1), yieldAt: 2 },
    );
    expect(startedAt).toBeGreaterThanOrEqual(quietAt);
  });

  it('when the wait queue is full, then a further caller is turned away at once', async () => {
    const clock: Clock = { now: () => 0, sleep: () => new Promise(() => undefined) };
    const gate = gateWith(clock, { maxQueue: 2 });
    const blocked = { fixedLoad: () => 10, yieldAt: 1 };
    void gate.run(async () => undefined, blocked).catch(() => undefined);
    void gate.run(async () => undefined, blocked).catch(() => undefined);
    await Promise.resolve();
    await expect(gate.run(async () => undefined, blocked)).rejects.toBeInstanceOf(BusyError);
    expect(gate.active).toBe(0);
  });
});

describe('CONSOLE_CPU_SHARE', () => {
  it.each(['0', '-0.1', '1.5', 'half'])('should reject %s and name the variable', (value) => {
    expect(() => loadConfig({ CONSOLE_CPU_SHARE: value })).toThrow(/CONSOLE_CPU_SHARE/);
  });

  it('should accept a share between 0 and 1', () => {
    expect(loadConfig({ CONSOLE_CPU_SHARE: '0.5' }).CONSOLE_CPU_SHARE).toBe(0.5);
  });
});
