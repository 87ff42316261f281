// A word given on a bench script's command line ("--also popup-old.html"), as numberArg
// (number-arg.mjs) reads a number: a flag with nothing after it (last on the line, or
// followed by another flag) is an error that says so. Read as argv[i + 1] it was undefined,
// and the run went on without the page it was asked to time.

/** The word after `name` in `argv`; undefined when `name` is not there. `example` shows
 *  what to write in the error. */
export function textArg(name, example, argv = process.argv) {
  const i = argv.indexOf(name);
  if (i < 0) return undefined;
  const value = argv[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value after it, as in "${name} ${example}"${value === undefined ? '' : ` (not "${value}")`}`);
  return value;
}
