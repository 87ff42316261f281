// Valibot's own message for a value of the wrong type ("Invalid type: Expected Array but
// received 5") reaches the reader where a schema gives none of its own (an article file's
// "paragraphs" given as a number): said in words instead, with what was found.

const TYPE_WORDS: Record<string, string> = {
  Array: 'a list',
  Object: 'an object',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
};

/** "Invalid type: Expected Array but received 5" → "expected a list, found 5"; any other
 *  message as it is. */
export function typeIssueInWords(message: string): string {
  const m = /^Invalid type: Expected (.+?) but received (.+)$/.exec(message);
  if (!m) return message;
  const wanted = m[1]!.split(' | ').map((t) => TYPE_WORDS[t.replace(/^"|"$/g, '')] ?? t);
  return `expected ${wanted.join(' or ')}, found ${m[2]!}`;
}
