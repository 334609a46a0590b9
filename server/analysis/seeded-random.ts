// A seeded pseudo-random generator (mulberry32): community detection and the layout give the same answer on every run
// for the same data, and the benchmark and test generators the same networks for the same seed.
const DEFAULT_SEED = 0x48554c49;

/** A function returning numbers in [0, 1), the same sequence for the same seed. */
export function seededRandom(seed = DEFAULT_SEED): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
