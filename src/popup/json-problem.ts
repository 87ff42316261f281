// A file that is not JSON, said in one plain sentence of our own. The parser's message is
// jargon and differs by browser ("Unexpected token 'h', …" in Chromium, "JSON.parse:
// unexpected character at line 1 column 1 …" in Firefox); only where it points is kept.

/** "at line 3, column 7" when the parser's message names a place (Firefox always, Chromium
 *  for some faults), else ''. */
export function jsonPlace(parserMessage: string): string {
  const m = /line (\d+) column (\d+)/i.exec(parserMessage);
  return m ? `at line ${m[1]}, column ${m[2]}` : '';
}

/** "x.json is not JSON, so it could not be read as a backup (at line 1, column 1)." */
export function notJsonSentence(name: string, readAs: string, parserMessage: string): string {
  const place = jsonPlace(parserMessage);
  return `${name} is not JSON, so it could not be read as ${readAs}${place ? ` (${place})` : ''}.`;
}

/** A problem as the background words a file it could not parse ("x.json: not valid JSON
 *  (parser's message)") split into our sentence and the parser's own text, kept for a
 *  disclosure; null for any other problem. */
export function plainJsonProblem(problem: string, readAs: string): { text: string; parser: string } | null {
  const m = /^(.*?): not valid JSON \((.*)\)$/s.exec(problem);
  if (!m) return null;
  const name = m[1] === '(file)' ? 'This file' : m[1]!;
  return { text: notJsonSentence(name, readAs, m[2]!), parser: m[2]! };
}
