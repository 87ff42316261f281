// What to do when the file chosen in Settings → Import is no backup at all (not JSON, other
// JSON, an article, empty, an image): the problem alone ("not valid JSON (Unexpected token
// …)") names no way out, and an article file picked here is a likely slip.

/** The background's prefix for a problem of the file as a whole, not of one record. */
const WHOLE_FILE = '(file):';

export const WRONG_FILE_ADVICE =
  'Choose a backup made with Export → “Backup (JSON)” above. Articles (JSON, text or Markdown files) go in with “Add from files…” in the Library.';

/** The advice for a refusal's problems as the background words them, or null when they
 *  are a backup's own (its records, its version, its size), which say what is wrong there. */
export function adviceForRefusal(errors: readonly string[]): string | null {
  if (errors.length === 0) return null;
  const wholeFile = errors.every((e) => e.startsWith(WHOLE_FILE));
  // A file too large may well be a backup: choosing another would not help.
  const tooLarge = errors.some((e) => e.startsWith(`${WHOLE_FILE} larger than`));
  return wholeFile && !tooLarge ? WRONG_FILE_ADVICE : null;
}
