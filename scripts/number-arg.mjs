// A number given on a bench script's command line ("--loads 5"). A flag with no number after
// it (last on the line, or followed by another flag) is an error that says so: read as
// Number(undefined) it was NaN, and a run of NaN loads measured nothing without a word.

/** The number after `name` in `argv`; `fallback` when `name` is not there. */
export function numberArg(name, fallback, argv = process.argv) {
  const i = argv.indexOf(name);
  if (i < 0) return fallback;
  const value = argv[i + 1];
  const n = value === undefined || value.startsWith('--') ? NaN : Number(value);
  if (!Number.isFinite(n)) throw new Error(`${name} needs a number after it, as in "${name} ${fallback}"${value === undefined ? '' : ` (not "${value}")`}`);
  return n;
}
