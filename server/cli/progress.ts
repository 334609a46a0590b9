// Progress bars for the command-line tools (cli-progress on stderr); silent when stderr is not a terminal.
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

const SILENT: Progress = { update: () => {}, stop: () => {} };

/** A bar labelled `label` counting `unit`; a no-op unless `enabled` and stderr is a terminal. */
export function progressBar(label: string, unit: string, enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY) return SILENT;
  const bar = new cliProgress.SingleBar({
    format: `{phase} [{bar}] {percentage}% | {value}/{total} ${unit} | {duration_formatted}`,
    stream: process.stderr, hideCursor: true, clearOnComplete: false, etaBuffer: 50,
  }, cliProgress.Presets.shades_classic);
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
