// Why JSON.parse refused a text, fit to show a reader. Chromium's message quotes the text
// near the fault ('Unexpected token …, "…" is not valid JSON'): in a file that is not JSON
// that can be any bytes — control characters, U+FFFD, a whole line of a binary file.

/** The longest message kept: the engine's own are shorter; a quote of the file may not be. */
const MAX = 100;

export function jsonErrorText(err: unknown): string {
  const raw = err instanceof Error ? err.message : String(err);
  const shown = raw
    .replace(/\s+/g, ' ')
    // Characters that do not print (controls, unassigned, private use) and the mark a
    // decoder puts for bytes it could not read: gone, not shown as boxes.
    .replace(/[\p{C}\uFFFD]/gu, '')
    .trim();
  return shown.length > MAX ? `${shown.slice(0, MAX - 1).trimEnd()}…` : shown;
}
