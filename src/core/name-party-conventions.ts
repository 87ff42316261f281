// "the Democratic National Convention", "the Republican Convention": a party's convention is
// the event it holds (entity-cues.ts), where another convention is a body, an assembly or a
// treaty's secretariat ("the National Convention" of 1792, "the UN Framework Convention on
// Climate Change"). The party's adjective opens the name, so the "Convention" head keeps it.

const PARTY_ADJECTIVES = new Set(['Democratic', 'Republican', 'Libertarian']);

/** Whether a name is a party's convention. */
export function partyConvention(words: readonly string[]): boolean {
  return words.length > 1 && PARTY_ADJECTIVES.has(words[0] ?? '') && words[words.length - 1] === 'Convention';
}
