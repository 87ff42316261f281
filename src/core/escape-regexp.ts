// One escape for text spliced into a RegExp source, so a name or phrase with a dot, a bracket
// or a plus ("St. Louis", "C++") matches itself and cannot break the pattern.

/** `text` with every RegExp metacharacter escaped, to match literally inside a pattern. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
