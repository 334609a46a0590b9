// Views of a large network, asked of the server one step at a time (issue #19): a request superseded by a newer one is
// cancelled, answers are kept for the last few steps, and the steps around the one shown are fetched while idle. A
// comparison of two dates is one more kind of view (GET /api/compare), drawn the same way.
import type { Api } from '../api';
import type { CompareAnswer, ViewAnswer } from '../../../contract/views';

/** What a view is asked for: its day, the exclusive start of its period, and how it counts. */
export interface ViewKey {
  at: string;
  after: string;
  mode: 'asof' | 'window';
  /** Set when comparing: the earlier date and the exclusive start of its window (`at` and `after` are the later's). */
  compare?: { from: string; fromAfter: string };
}

/** A view as drawn: what the server sent for the step, or a comparison with its counts (`compared`). */
export type DrawnView = ViewAnswer & { compared?: CompareAnswer['counts'] };

/** A comparison as a view: its relationships drawn like a step's, its counts kept beside them. */
function comparedView(answer: CompareAnswer, key: ViewKey): DrawnView {
  const { added, ended, persisted } = answer.counts;
  return {
    at: key.at,
    after: key.after,
    mode: key.mode,
    counts: { relationships: added + ended + persisted, nodes: null, byType: {} },
    nodes: answer.nodes,
    edges: answer.edges,
    positions: answer.positions,
    compared: answer.counts,
  };
}

/** Answers kept, most recent last (a Play sweep of a few years of months stays cheap to replay backwards). */
const KEPT = 24;

const keyOf = (key: ViewKey) =>
  `${key.mode} ${key.after} ${key.at}${key.compare ? ` vs ${key.compare.fromAfter} ${key.compare.from}` : ''}`;

export class ViewSource {
  private readonly answers = new Map<string, DrawnView>();
  private readonly inFlight = new Map<string, Promise<DrawnView>>();
  private foreground: { key: string; controller: AbortController } | null = null;
  /** Fetches ahead still running, each cancellable: a jump elsewhere cancels them so the server serves the jump first. */
  private readonly ahead = new Map<string, AbortController>();
  /** Counts calls to get(): a prefetch planned before a later step is stale, and never competes with that step. */
  private asked = 0;

  constructor(
    private readonly api: Pick<Api, 'view' | 'compare'>,
    private readonly budget: number,
  ) {}

  /** The view for `key`: kept, in flight, or fetched now; an earlier foreground fetch for another key is cancelled. */
  get(key: ViewKey): Promise<DrawnView> {
    this.asked += 1;
    const id = keyOf(key);
    const kept = this.answers.get(id);
    if (kept) return Promise.resolve(kept);
    const pending = this.inFlight.get(id);
    if (pending) return pending;
    if (this.foreground && this.foreground.key !== id) this.foreground.controller.abort();
    for (const controller of this.ahead.values()) controller.abort();
    this.ahead.clear();
    const controller = new AbortController();
    this.foreground = { key: id, controller };
    return this.fetch(id, key, controller.signal);
  }

  /** Fetches the views for `keys` one after another in the background (errors are ignored), after `pauseMs` without a
   * new step. A foreground request for another view cancels them, and they never start while one is in flight or once
   * a later step was asked for: on a 2-core server a prefetch running beside the step the user is waiting for makes
   * that step slower, and one cancelled half-way has cost the server work for nothing. */
  prefetch(keys: readonly ViewKey[], pauseMs = 0): void {
    const planned = this.asked;
    const run = async () => {
      for (const key of keys) {
        if (this.asked !== planned || (this.foreground && this.inFlight.has(this.foreground.key))) return;
        const id = keyOf(key);
        if (this.answers.has(id) || this.inFlight.has(id)) continue;
        const controller = new AbortController();
        this.ahead.set(id, controller);
        await this.fetch(id, key, controller.signal).catch(() => undefined);
        this.ahead.delete(id);
        if (controller.signal.aborted) return;
      }
    };
    const idle = (globalThis as { requestIdleCallback?: (fn: () => void) => void }).requestIdleCallback;
    setTimeout(() => (idle ? idle(() => void run()) : void run()), pauseMs);
  }

  /** True when the view for `key` is already here. */
  has(key: ViewKey): boolean {
    return this.answers.has(keyOf(key));
  }

  private fetch(id: string, key: ViewKey, signal: AbortSignal): Promise<DrawnView> {
    const { budget } = this;
    const { at, after, mode, compare } = key;
    const asked: Promise<DrawnView> = compare
      ? this.api
          .compare({ from: compare.from, to: at, mode, fromAfter: compare.fromAfter, toAfter: after, budget }, signal)
          .then((a) => comparedView(a, key))
      : this.api.view({ at, after, mode, budget }, signal);
    const pending = asked.then((answer) => {
      this.answers.delete(id);
      this.answers.set(id, answer);
      while (this.answers.size > KEPT) this.answers.delete(this.answers.keys().next().value!);
      return answer;
    });
    this.inFlight.set(id, pending);
    const forget = () => this.inFlight.get(id) === pending && this.inFlight.delete(id);
    pending.then(forget, forget);
    return pending;
  }
}
