// The client's view source (views mode): fetches ahead never run beside the step the user waits for, a prefetch planned
// before a later step is dropped, and a new step cancels fetches ahead already running. The server is a stand-in here:
// the source's own scheduling is what is tested (the real server's views are tested in integration and e2e).
import { describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { ViewSource, type ViewKey } from '../../client/src/views/view-source';
import type { ViewAnswer } from '../../contract/views';

/** A stand-in for the page's Api whose answers arrive when the test releases them, recording what was asked. */
function heldApi() {
  const asked: { at: string; signal?: AbortSignal; release: () => void }[] = [];
  const view = (request: { at: string; after: string; mode: 'asof' | 'window' }, signal?: AbortSignal) =>
    new Promise<ViewAnswer>((resolve, reject) => {
      const answer = { ...request, counts: { relationships: 0, nodes: 0, byType: {} }, nodes: [], edges: [], positions: {} };
      signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      asked.push({ at: request.at, signal, release: () => resolve(answer as ViewAnswer) });
    });
  return { asked, api: { view, compare: () => Promise.reject(new Error('not used')) } };
}

const key = (at: string): ViewKey => ({ at, after: `${at.slice(0, 7)}-00`, mode: 'window' });

describe('ViewSource', () => {
  it('should not start a prefetch while the step the user asked for is still loading', async () => {
    const { asked, api } = heldApi();
    const source = new ViewSource(api, 100);
    const step = source.get(key('2022-01-31'));
    source.prefetch([key('2022-02-28')]);
    await sleep(10);
    expect(asked.map((a) => a.at)).toEqual(['2022-01-31']);
    asked[0]!.release();
    await step;
  });

  it('should drop a prefetch planned before a later step', async () => {
    const { asked, api } = heldApi();
    const source = new ViewSource(api, 100);
    source.prefetch([key('2022-02-28'), key('2021-12-31')]);
    const step = source.get(key('2023-06-30'));
    asked[0]!.release();
    await step;
    await sleep(10);
    expect(asked.map((a) => a.at)).toEqual(['2023-06-30']);
  });

  it('should fetch the neighbours one after another once the step is drawn, and keep them', async () => {
    const { asked, api } = heldApi();
    const source = new ViewSource(api, 100);
    const step = source.get(key('2022-01-31'));
    asked[0]!.release();
    await step;
    source.prefetch([key('2022-02-28'), key('2021-12-31')]);
    await sleep(10);
    expect(asked.map((a) => a.at)).toEqual(['2022-01-31', '2022-02-28']);
    asked[1]!.release();
    await sleep(10);
    expect(asked.map((a) => a.at)).toEqual(['2022-01-31', '2022-02-28', '2021-12-31']);
    asked[2]!.release();
    await sleep(10);
    expect(source.has(key('2022-02-28')) && source.has(key('2021-12-31'))).toBe(true);
  });

  it('should wait for the pause it is given before fetching ahead, and drop the fetch when a step comes first', async () => {
    const { asked, api } = heldApi();
    const source = new ViewSource(api, 100);
    source.prefetch([key('2022-02-28')], 60);
    await sleep(20);
    expect(asked).toEqual([]);
    const step = source.get(key('2022-05-31'));
    asked[0]!.release();
    await step;
    await sleep(80);
    expect(asked.map((a) => a.at)).toEqual(['2022-05-31']);
  });

  it('should cancel a running prefetch when the user steps elsewhere', async () => {
    const { asked, api } = heldApi();
    const source = new ViewSource(api, 100);
    const first = source.get(key('2022-01-31'));
    asked[0]!.release();
    await first;
    source.prefetch([key('2022-02-28')]);
    await sleep(10);
    const jump = source.get(key('2023-06-30'));
    expect(asked[1]!.signal?.aborted).toBe(true);
    asked[2]!.release();
    await jump;
    expect(source.has(key('2022-02-28'))).toBe(false);
  });
});
