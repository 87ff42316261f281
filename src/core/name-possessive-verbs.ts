// "Moody's cut its outlook", "Standard & Poor's lowered its rating", "McDonald's said": a firm
// named in the possessive keeps its "'s", which a verb follows, not the thing owned. A verb
// is plain where the firm's "its" or "their" comes right after it, or where it is a speech
// verb; "Jordan's share of the vote", "Smith's lowered expectations" own a noun. "'s" may
// also be a person's "has" ("Biden's said he will run", "Ana Ruiz won. Ruiz's said …"):
// not where "he" or "she" follows the verb, nor on a person's surname in the page (the span).
// Used by name-openers.ts (the cue that a lone opener is a name) and entities.ts (the span).

import { SPEECH_VERBS } from './entity-cues';
import type { EntityMention } from './types';

const IRREGULAR_PAST = 'cut|put|set|sold|bought|kept|held|made|gave|took|raised|began|won|lost|paid|left';
const POSSESSIVE_VERB = new RegExp(String.raw`^['’]s[ \t\u00a0]+(?:(\p{Ll}+ed|${IRREGULAR_PAST})[ \t\u00a0]+(?:its|their)\b|(\p{Ll}+)\b)`, 'u');

// "Morgan's testified that he saw": "has" and a participle, a person's.
const PERSON_SUBJECT = /^[ \t\u00a0]+(?:that[ \t\u00a0]+)?(?:he|she)\b/u;

/** Whether `after`, the text right after a name, is "'s" and a verb the name governs. */
export function possessiveVerbAfter(after: string): boolean {
  const m = POSSESSIVE_VERB.exec(after);
  if (m === null || PERSON_SUBJECT.test(after.slice(m[0].length))) return false;
  return m[1] !== undefined || SPEECH_VERBS.has(m[2] ?? '');
}

/** Whether `name` is the last word of a person's name among `mentions` ("Ana Ruiz", "Ruiz"). */
function personsSurname(name: string, mentions: EntityMention[]): boolean {
  return mentions.some((o) => o.type === 'person' && o.text !== name && o.text.endsWith(` ${name}`));
}

/** `mentions` with the "'s" kept on each that a verb follows ("Standard & Poor's lowered"),
 *  typed a body: no person's name is written in the possessive before their verb. */
export function withPossessiveNames(mentions: EntityMention[], text: string): EntityMention[] {
  return mentions.map((m) => {
    if (!possessiveVerbAfter(text.slice(m.end, m.end + 48)) || personsSurname(m.text, mentions)) return m;
    const name = text.slice(m.start, m.end + 2);
    return { ...m, end: m.end + 2, text: name, type: 'org', canonical: m.canonical === m.text ? name : m.canonical };
  });
}
