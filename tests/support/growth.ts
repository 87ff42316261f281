// Complexity guards for unit tests without wall-clock limits: time the same work on an
// input and on one `factor` times larger, in the same run, and compare. Linear work grows
// about `factor`-fold, quadratic work factor²-fold, whatever the machine's speed or load.
// Each size is timed several times, the two in turn (a busy spell of the machine then
// slows both, not one), and the fastest run of each kept, which filters out pauses. A
// ratio at or over `under` is measured again, up to three rounds in all, and the lowest
// kept: a spell of load longer than a round (other test files, a build beside them) made
// linear work read 12–25× for an 8× input, while quadratic work stays over the line every
// round.

function timed(run: () => void): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

function round(work: (input: string) => unknown, small: string, large: string, repeats: number): number {
  let a = Infinity;
  let b = Infinity;
  for (let i = 0; i < repeats; i++) {
    a = Math.min(a, timed(() => work(small)));
    b = Math.min(b, timed(() => work(large)));
  }
  return b / Math.max(a, 0.05);
}

/** How many times longer the work takes on the larger input (≈ factor when linear); the
 *  lowest of up to three rounds while a round reads `under` or more. */
export function growth(work: (input: string) => unknown, small: string, large: string, under = Infinity, repeats = 4): number {
  work(small); // warm up the JIT on the code paths
  let best = round(work, small, large, repeats);
  for (let rounds = 1; rounds < 3 && best >= under; rounds++) best = Math.min(best, round(work, small, large, repeats));
  return best;
}
