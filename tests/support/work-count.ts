// Complexity guards for unit tests without a clock: count the work a call does, the same
// count on every machine and under any load, and compare an input with one `factor` times
// larger (linear work grows about factor-fold, quadratic about factor²-fold).
//
// The work is the sum of two counts taken while the call runs:
// - V8's block coverage of our code (src/): how many times each function, loop body and
//   branch ran, so a loop over the input nested in another shows its n²;
// - what some built-ins read for it: a regex search from where it starts to where it stops
//   (so a search from the top of the page for every match shows its n²), an array search up
//   to where it found the item, an array copy's length, a string's length for a change of case.
// Not counted: a regex's backtracking inside one search (V8 does not report it: the tests
// that guard against it keep a large input under a generous timeout as well), and string
// slices and substring searches (indexOf, includes, split). A slice costs V8 nothing of its
// length; several name rules search the whole page for each name they found, n·k that
// memchr makes cheap, and counting it char by char would make it the whole count.
import { Session } from 'node:inspector';

type Method = (this: unknown, ...args: unknown[]) => unknown;
type Charge = (self: unknown, args: unknown[], result: unknown) => number;

const lengthOf = (x: unknown): number => (typeof x === 'string' || Array.isArray(x) ? x.length : 0);
const num = (x: unknown, fallback: number): number => (typeof x === 'number' && Number.isFinite(x) ? Math.max(0, Math.trunc(x)) : fallback);
const arrayIndexOf = Array.prototype.indexOf;

/** An array search reads from its start to where it is found, else to the end. */
const scanned: Charge = (self, args, result) => {
  const from = num(args[1], 0);
  return typeof result === 'number' && result >= 0 ? result - from + lengthOf(args[0]) + 1 : Math.max(0, lengthOf(self) - from) + 1;
};
const found: Charge = (self, args) => scanned(self, args, Reflect.apply(arrayIndexOf, self, args));
const made: Charge = (_self, _args, result) => lengthOf(result) + 1;
const whole: Charge = (self) => lengthOf(self) + 1;

/** Whether a pattern can match only at its start: '^' first, no '|' outside brackets or
 *  groups, no multiline flag. V8 then tries the one position, however long the input. */
function anchored(re: RegExp): boolean {
  const src = re.source;
  if (re.multiline || src[0] !== '^') return false;
  let depth = 0;
  let inClass = false;
  for (let i = 1; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  return true;
}

/** A regex search reads from lastIndex (0 unless global or sticky) to the end of its match,
 *  or to the end of the input when it fails; one tied to its start reads its match only. */
const regexSearch: Charge = (self, args, result) => {
  const re = self as RegExp;
  const input = String(args[0]);
  const start = re.global || re.sticky ? re.lastIndex : 0;
  const match = result as RegExpExecArray | null;
  if (re.sticky || anchored(re)) return (match ? match[0].length : 0) + 1;
  return (match ? match.index + match[0].length - Math.min(start, match.index) : Math.max(0, input.length - start)) + 1;
};

const CHARGED: [object, string, Charge][] = [
  [RegExp.prototype, 'exec', regexSearch],
  [String.prototype, 'toLowerCase', whole],
  [String.prototype, 'toUpperCase', whole],
  [String.prototype, 'normalize', whole],
  [Array.prototype, 'indexOf', scanned],
  [Array.prototype, 'lastIndexOf', whole],
  [Array.prototype, 'includes', found],
  [Array.prototype, 'slice', made],
  [Array.prototype, 'concat', made],
  [Array.prototype, 'join', whole],
  [Array.prototype, 'splice', whole],
];

/** Runs `run` with the charged built-ins counting; returns the characters and items they read. */
function builtinReads(run: () => void): number {
  let total = 0;
  const saved: [object, string, Method][] = [];
  try {
    for (const [proto, name, charge] of CHARGED) {
      const original = Reflect.get(proto, name) as Method;
      saved.push([proto, name, original]);
      Reflect.set(proto, name, function (this: unknown, ...args: unknown[]): unknown {
        // The charge is read before the call only for a regex: exec moves lastIndex.
        const before = this instanceof RegExp ? this.lastIndex : 0;
        const result = Reflect.apply(original, this, args);
        if (this instanceof RegExp) {
          const after = this.lastIndex;
          this.lastIndex = before;
          total += charge(this, args, result);
          this.lastIndex = after;
        } else total += charge(this, args, result);
        return result;
      });
    }
    run();
  } finally {
    for (const [proto, name, original] of saved) Reflect.set(proto, name, original);
  }
  return total;
}

// V8 counts the blocks only of code compiled after the count began: it begins as this
// module loads, so a test file imports it before the code it measures.
const session = new Session();
session.connect();
function post<T>(method: string, params: object = {}): T {
  let out: T | undefined;
  let failed: Error | null = null;
  session.post(method, params, (err, res) => {
    failed = err;
    out = res as T;
  });
  if (failed) throw failed;
  return out as T;
}
post('Profiler.enable');
post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });

interface Coverage { result: { url: string; functions: { ranges: { count: number }[] }[] }[] }

/** Block executions in our own code (src/) since the last call: V8 resets the counts each time. */
function blocksRun(): number {
  let total = 0;
  for (const script of post<Coverage>('Profiler.takePreciseCoverage').result) {
    if (!script.url.includes('/src/')) continue;
    for (const fn of script.functions) for (const range of fn.ranges) total += range.count;
  }
  return total;
}

/** The work `run` does: blocks of our code it runs plus what built-ins read for it. */
export function workOf(run: () => unknown): number {
  blocksRun();
  const reads = builtinReads(() => void run());
  const blocks = blocksRun();
  // None counted: the code was compiled before the count began, and a guard on it could not fail.
  if (blocks === 0) throw new Error('work-count: no block of src/ counted; import work-count before the code it measures');
  return blocks + reads;
}

/** How many times more work `work` does on `large` than on `small` (≈ factor when linear). */
export function workGrowth<T>(work: (input: T) => unknown, small: T, large: T): number {
  work(small); // first calls build lazy tables and caches: count neither
  return workOf(() => work(large)) / workOf(() => work(small));
}
