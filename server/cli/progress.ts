// Progress on stderr for the command-line tools: a cli-progress bar on a terminal, else a plain line every few
// seconds. An import goes through phases (reading, validating, writing, completing, cleaning), each with its speed and time left.
import cliProgress from 'cli-progress';
import type { ProgressMode } from './import-args.js';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

const SILENT: Progress = { update: () => {}, stop: () => {} };

/** A bar labelled `label` counting `unit`; a no-op unless `enabled` and stderr is a terminal. */
export function progressBar(label: string, unit: string, enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY) return SILENT;
  const bar = new cliProgress.SingleBar(
    {
      format: `{phase} [{bar}] {percentage}% | {value}/{total} ${unit} | {duration_formatted}`,
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, 0, { phase: label.padEnd(10) });
        started = true;
      }
      bar.setTotal(total);
      // The last batch is followed by the commit, which can take a while on large files: say so.
      bar.update(done, { phase: (done >= total && unit === 'records' ? 'committing' : label).padEnd(10) });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

/** "0.4 s", "75.2 s". */
export const formatSeconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** What a phase has counted so far: `count` of `unit`, and the share of the phase done when it is known. */
export interface PhaseState {
  phase: string;
  unit?: string;
  count?: number;
  fraction?: number;
  elapsedMs: number;
}

/** "45 s", "3 min 5 s". */
const formatDuration = (ms: number) => {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
};

/** The speed and the time left of a running phase ("3947 rows/s", "4 s left"), once it has run a second. */
function rateAndTimeLeft(state: PhaseState): { rate?: string; left?: string } {
  if (!state.unit || !state.count || state.elapsedMs < 1_000) return {};
  const rate = `${Math.round(state.count / (state.elapsedMs / 1000))} ${state.unit}/s`;
  const f = state.fraction;
  const left = f !== undefined && f > 0 && f < 1 ? `${formatDuration((state.elapsedMs * (1 - f)) / f)} left` : undefined;
  return { rate, left };
}

/** One plain progress line: "reading: 12000 rows (45%), 3947 rows/s, 4 s left, 3.0 s", or at the end "reading: 35592 rows, done in 0.4 s". */
export function formatProgressLine(state: PhaseState, finished: boolean): string {
  const counted = state.unit && state.count !== undefined ? ` ${state.count} ${state.unit}` : '';
  const share = !finished && state.fraction !== undefined ? ` (${Math.floor(state.fraction * 100)}%)` : '';
  const { rate, left } = finished ? {} : rateAndTimeLeft(state);
  const speed = [rate, left]
    .filter(Boolean)
    .map((part) => ` ${part},`)
    .join('');
  const time = finished ? `done in ${formatSeconds(state.elapsedMs)}` : formatSeconds(state.elapsedMs);
  return `${state.phase}:${counted}${share}${counted ? ',' : ''}${speed} ${time}`;
}

/** Whether progress shows yet: forced modes at once, auto once the import has run `delayMs`, none never. */
export function progressVisible(mode: ProgressMode, sinceStartMs: number, delayMs: number): boolean {
  if (mode === 'none') return false;
  return mode !== 'auto' || sinceStartMs >= delayMs;
}

export interface PhaseProgress {
  /**
   * Starts a phase (ending the one before); `unit` names what it counts, `count` what is known at its start, and
   * `hasShare` whether updates will give the share done (the bar then shows a percentage).
   */
  start(phase: string, unit?: string, count?: number, hasShare?: boolean): void;
  /** The count so far and, when known, the share of the phase done (0–1). */
  update(count: number, fraction?: number): void;
  /** Ends the current phase; returns how long it took in ms. */
  end(): number;
  /** Ends everything and stops the timer. */
  stop(): void;
  /** Stops after a failure: the current phase gets no "done" line. */
  abort(): void;
}

export interface PhaseProgressOptions {
  /** auto: a bar on a terminal, else lines; either only after `delayMs`. */
  mode: ProgressMode;
  stream?: NodeJS.WriteStream;
  delayMs?: number;
  /** Lines mode: at most one line per interval while a phase runs (its end always gets one). */
  lineIntervalMs?: number;
}

/** Phase progress for a long command: what it shows depends on the mode and on whether stderr is a terminal. */
export function phaseProgress({
  mode,
  stream = process.stderr,
  delayMs = 3_000,
  lineIntervalMs = 5_000,
}: PhaseProgressOptions): PhaseProgress {
  const createdAt = Date.now();
  const style = mode === 'bar' || (mode === 'auto' && stream.isTTY) ? 'bar' : 'lines';
  let current: (Omit<PhaseState, 'elapsedMs'> & { startedAt: number; lastLineAt: number; hasShare: boolean }) | undefined;
  let bar: cliProgress.SingleBar | undefined;
  const visible = () => progressVisible(mode, Date.now() - createdAt, delayMs);
  const state = (): PhaseState => ({ ...current!, elapsedMs: Date.now() - current!.startedAt });
  const payload = () => {
    const { rate, left } = rateAndTimeLeft(state());
    return {
      phase: current!.phase.padEnd(10),
      counted: current!.unit ? `${current!.count ?? 0} ${current!.unit}` : '',
      speed: [rate, left].filter(Boolean).join(', ') || '…',
    };
  };
  const show = () => {
    if (!current || !visible()) return;
    if (style === 'lines') {
      if (Date.now() - current.lastLineAt < lineIntervalMs) return;
      current.lastLineAt = Date.now();
      stream.write(`hulian: ${formatProgressLine(state(), false)}\n`);
      return;
    }
    if (!bar) {
      const share = current.hasShare ? '[{bar}] {percentage}% | ' : '';
      bar = new cliProgress.SingleBar(
        {
          format: `{phase} ${share}{counted} | {speed} | {duration_formatted}`,
          stream,
          hideCursor: true,
          clearOnComplete: false,
          noTTYOutput: !stream.isTTY,
          notTTYSchedule: lineIntervalMs,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(100, 0, payload());
    }
    bar.update(Math.floor((current.fraction ?? 0) * 100), payload());
  };
  const timer = setInterval(show, 500);
  timer.unref();
  const end = () => {
    if (!current) return 0;
    const ms = Date.now() - current.startedAt;
    show();
    if (bar) bar.stop();
    else if (style === 'lines' && visible()) stream.write(`hulian: ${formatProgressLine(state(), true)}\n`);
    bar = undefined;
    current = undefined;
    return ms;
  };
  return {
    start(phase, unit, count, hasShare = false) {
      end();
      // The first line of a phase comes after one interval, so quick phases print only their end.
      current = { phase, unit, count, startedAt: Date.now(), lastLineAt: Date.now(), hasShare };
      show();
    },
    update(count, fraction) {
      if (!current) return;
      current.count = count;
      current.fraction = fraction;
      show();
    },
    end,
    stop() {
      end();
      clearInterval(timer);
    },
    abort() {
      if (bar) bar.stop();
      bar = undefined;
      current = undefined;
      clearInterval(timer);
    },
  };
}
