// Complexity guards for unit tests without wall-clock limits: time the same work on an
// input and on one `factor` times larger, in the same run, and compare. Linear work grows
// about `factor`-fold, quadratic work factor²-fold, whatever the machine's speed or load.
// Each size is timed several times, the two in turn (a busy spell of the machine then
// slows both, not one), and the fastest run of each kept, which filters out pauses.

function timed(run: () => void): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

/** How many times longer the work takes on the larger input (≈ factor when linear). */
export function growth(work: (input: string) => unknown, small: string, large: string, repeats = 4): number {
  work(small); // warm up the JIT on the code paths
  let a = Infinity;
  let b = Infinity;
  for (let i = 0; i < repeats; i++) {
    a = Math.min(a, timed(() => work(small)));
    b = Math.min(b, timed(() => work(large)));
  }
  return b / Math.max(a, 0.05);
}
