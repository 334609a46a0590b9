// ConcurrencyGate (server/http/concurrency-gate.ts): bounded slots with a bounded wait, then a 429.
import { describe, expect, it } from 'vitest';
import { ConcurrencyGate } from '../../server/http/concurrency-gate.js';

describe('ConcurrencyGate', () => {
  it('when all slots stay busy past the wait, then the extra caller gets a 429 busy with a retry time', async () => {
    const gate = new ConcurrencyGate(1, { maxWaitMs: 20, retryAfterS: 3 });
    let release!: () => void;
    const busy = gate.run(
      () =>
        new Promise<void>((r) => {
          release = r;
        }),
    );
    await expect(gate.run(async () => 1)).rejects.toMatchObject({ status: 429, retryAfterS: 3, extras: { reason: 'busy' } });
    release();
    await busy;
    expect(await gate.run(async () => 2)).toBe(2);
    expect(gate.active).toBe(0);
  });
});
