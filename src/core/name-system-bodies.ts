// "the European Flood Awareness System", "the Tsunami Warning System", "the Federal Reserve
// System": a system named for watching, warning or holding is a service run by a body, and its
// demonym belongs to the name, as "European" does to "European Central Bank" (name-trim.ts drops
// a demonym before a name with no body's head). "System" alone is no body's head: "the Space
// Launch System" is a rocket, a product.

const SERVICE_WORDS = new Set(['Awareness', 'Warning', 'Warnings', 'Alert', 'Alerting', 'Monitoring', 'Surveillance', 'Reserve']);

/** Whether the name ends in "System" after a word saying it watches, warns or holds. */
export function isServiceSystem(words: readonly string[]): boolean {
  const last = words[words.length - 1];
  return words.length > 1 && (last === 'System' || last === 'Systems') && SERVICE_WORDS.has(words[words.length - 2] ?? '');
}
