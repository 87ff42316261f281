// "Cal Fire said the blaze was contained", "Oakland Fire officials said": a name ending in
// "Fire" that speaks or has members is a fire service (or a club: "Chicago Fire fans"), a
// body either way; a wildfire's name does neither (name-wildfires), and no person is
// surnamed "Fire", so the speech verb's vote for a person is wrong. Used by mention-types.ts.

import { ORG_MEMBER_NOUNS, ROLE_NOUNS, SPEECH_VERBS } from './entity-cues';
import { INLINE_SPACE as S } from './inline-space';

const NEXT_WORD = new RegExp(String.raw`^['’]?s?${S}([a-z]+)`, 'u');

/** Whether a name's words end in "Fire" and the word after it (`after`) speaks or names its people. */
export function fireServiceSpeaks(words: readonly string[], after: string): boolean {
  if (words.length < 2 || words[words.length - 1] !== 'Fire') return false;
  const next = NEXT_WORD.exec(after)?.[1];
  return next !== undefined && (SPEECH_VERBS.has(next) || ORG_MEMBER_NOUNS.has(next) || ROLE_NOUNS.has(next));
}
