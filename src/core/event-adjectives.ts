// "the Olympic flame", "an Olympic record", "Paralympic venues": the singular of an event
// named in the plural ("the Olympics", "the Paralympics") written before a noun is the
// event's adjective, no name, as a place's adjective is not (places-adjectives.ts).

import { PLAIN_WORD } from './name-pieces';
import type { EntityMention } from './types';

// A lower-case word right after that is no verb or function word: the noun (or its
// modifier) the adjective goes with ("Olympic flame"), not "Olympic said" or "Olympic and".
const NOUN_AFTER =
  /^[ \t\u00a0]+(?!(?:and|or|of|on|in|at|to|for|with|from|by|as|is|was|are|were|has|had|have|said|says|will|would|which|who|that)\b)\p{Ll}/u;

/** Drops one-word mentions W written before a lower-case word where an event of the text or
 *  the lexicon is named "W"+"s" or ends in it ("Paris Olympics"). A word known as a name
 *  itself stays, and so do longer names that open with it ("Olympic Games"). */
export function withoutEventAdjectives(
  mentions: EntityMention[],
  text: string,
  isKnownEvent: (name: string) => boolean,
  isKnown: (name: string) => boolean,
): EntityMention[] {
  const plurals = new Set<string>();
  for (const m of mentions) if (m.type === 'event') plurals.add(m.text.split(' ').pop() ?? '');
  const isEventPlural = (word: string): boolean => plurals.has(word) || isKnownEvent(word);
  return mentions.filter(
    (m) =>
      !PLAIN_WORD.test(m.text) ||
      isKnown(m.text) ||
      !NOUN_AFTER.test(text.slice(m.end, m.end + 20)) ||
      !isEventPlural(`${m.text}s`),
  );
}
