// A generic head alone ("the Bank", "Reserve") is a name only as the short form of a longer
// name on the page, a known name, or a body's role ("the Commission president"); otherwise
// it is the common noun. Split from entities.ts, which filters its accepted mentions here.

import { aliasKey } from './alias-key';
import { GENERIC_HEADS, ORG_MEMBER_NOUNS, ROLE_NOUNS } from './entity-cues';
import type { Accepted } from './mention-types';

// "the Commission president", "the Bank governor": a role of the one body the story means.
const ROLE_AFTER_HEAD = /^[ \t\u00a0]+(\p{Ll}+)\b/u;
const THE_BEFORE_HEAD = /\bthe[ \t\u00a0]+$/;
const SENTENCE_OPEN = /(?:^|[.!?]["”’)]?[ \t\u00a0]+|\n)$/;
const NOUN_AFTER_HEAD = /^[ \t\u00a0]+(\p{Ll}+)\s+\p{Ll}/u;

/** A generic head alone ("the Bank", "Reserve") is kept only as the short form of a longer
 *  name in the same text ("World Bank" … "the Bank"), when the lexicon knows it, or after
 *  "the" and before a role of its own ("the Commission president"). */
export function withoutLoneHeads(accepted: Accepted[], isKnown: (name: string) => boolean, text: string): Accepted[] {
  const heads = new Set<string>();
  for (const a of accepted) if (a.words.length > 1) heads.add(aliasKey(a.words[a.words.length - 1] ?? ''));
  const roleOf = (a: Accepted): boolean =>
    THE_BEFORE_HEAD.test(text.slice(Math.max(0, a.start - 5), a.start)) &&
    ROLE_NOUNS.has(ROLE_AFTER_HEAD.exec(text.slice(a.end, a.end + 20))?.[1] ?? '');
  // "State media said": a head that opens a sentence before a lower-case noun modifies that
  // noun, as any sentence-initial common word does; a short form is "the State", "the Bank",
  // or its people or roles ("Bank officials said").
  const opensPhrase = (a: Accepted): boolean => {
    if (!SENTENCE_OPEN.test(text.slice(Math.max(0, a.start - 4), a.start))) return false;
    const noun = NOUN_AFTER_HEAD.exec(text.slice(a.end, a.end + 20))?.[1];
    return noun !== undefined && !ORG_MEMBER_NOUNS.has(noun) && !ROLE_NOUNS.has(noun);
  };
  return accepted.filter((a) => {
    if (a.words.length > 1) return true;
    const key = aliasKey(a.name);
    return !GENERIC_HEADS.has(key) || ((heads.has(key) && !opensPhrase(a)) || isKnown(key) || roleOf(a));
  });
}
