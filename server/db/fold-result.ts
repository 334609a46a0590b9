// Folds a streamed query result into a state row by row as the records arrive, each as plain JSON; a failing step
// stops the folding and rejects once the stream has ended (so the driver's result is never left half-read).
import type { Result } from 'neo4j-driver';
import { recordToJson, type Json } from './convert.js';

/** Folds every record of `result` (as { column: JSON }) into `start()` with `step`. */
export function foldResult<S>(result: Result, start: () => S, step: (state: S, row: { [key: string]: Json }) => void): Promise<S> {
  return new Promise<S>((resolve, reject) => {
    const state = start();
    let failure: unknown = null;
    result.subscribe({
      onNext: (record) => {
        if (failure !== null) return;
        try {
          step(state, recordToJson(record));
        } catch (error) {
          failure = error;
        }
      },
      onCompleted: () => (failure === null ? resolve(state) : reject(failure)),
      onError: reject,
    });
  });
}
