// A scheme named for what it does ("the Bank Term Funding Program", "the Main Street Lending
// Program", "the Pandemic Emergency Purchasing Facility") is, like a law, a policy with none
// of the four types, so it is not marked (the bank gold leaves the first unmarked). An agency
// named "Programme" ("World Food Programme", "UN Development Programme") has no such word
// before its head and stays a body. The word of doing follows what is done or for whom
// ("Term Funding", "Main Street Lending"): two words alone name a field or a building ("the
// Nursing Program" at a college, "the Training Facility"), a body or a place as before.

const SCHEME_HEADS = new Set(['Program', 'Programme', 'Facility', 'Scheme']);
const DOING = /^\p{Lu}\p{Ll}{2,}ing$/u;

/** Whether the name is a scheme's: a scheme's head after a word of doing ("Funding Program"). */
export function isSchemeName(words: readonly string[]): boolean {
  const n = words.length;
  return n > 2 && SCHEME_HEADS.has(words[n - 1] ?? '') && words.slice(1, -1).some((w) => DOING.test(w));
}
