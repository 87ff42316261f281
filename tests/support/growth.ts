// Complexity guards for unit tests without wall-clock limits: time the same work on an
// input and on one `factor` times larger, in the same run, and compare. Linear work grows
// about `factor`-fold, quadratic work factor²-fold, whatever the machine's speed or load.
// Each size is timed several times and the fastest run kept, which filters out pauses.

function fastest(run: () => void, repeats: number): number {
  let best = Infinity;
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** How many times longer the work takes on the larger input (≈ factor when linear). */
export function growth(work: (input: string) => unknown, small: string, large: string, repeats = 3): number {
  work(small); // warm up the JIT on the code paths
  const a = fastest(() => work(small), repeats);
  const b = fastest(() => work(large), repeats);
  return b / Math.max(a, 0.05);
}
