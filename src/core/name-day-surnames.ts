// "Justin Day said the plan would work", "Justin Day, the mayor, said": "Day" and "Fair" head
// a holiday's or a show's name ("Memorial Day", "the State Fair") and are surnames too. A
// holiday neither speaks nor is called a mayor, so a two-word name with such a head that a
// verb of speech follows at once, or an apposition naming a person, is a person's, unless an
// article says it is no one's name ("The State Fair said attendance rose"). A title
// before it already says so (name-trim's "Coach Ryan Day"); this covers the name alone.
// A known place before "Fair" names where the fair is held, not a given name: "Hannover Fair
// said orders rose" is the trade fair's organisers speaking (a place before "Day" may be a
// given name: "Jordan Day said").
// Used by mention-types.ts before the name's form.

import { appositionType } from './apposition';
import { SPEECH_VERBS } from './entity-cues';

const SURNAME_EVENT_HEADS = new Set(['Day', 'Fair']);
const NEXT_WORD = /^[ \t\u00a0]+(\p{Ll}+)\b/u;
const ARTICLE_BEFORE = /\b(?:the|a|an|this|that)[ \t\u00a0]+$/iu;

/** Whether `words` ("Justin Day"), with `before` and `after` the text around them, is a
 *  person whose surname is an event's head; `isPlace` says a name is a known place. */
export function daySurnameSpeaks(
  words: readonly string[],
  before: string,
  after: string,
  isPlace: (name: string) => boolean,
): boolean {
  if (words.length !== 2 || !SURNAME_EVENT_HEADS.has(words[1] ?? '') || ARTICLE_BEFORE.test(before)) return false;
  if (appositionType(after) === 'person') return true;
  const next = NEXT_WORD.exec(after)?.[1];
  return next !== undefined && SPEECH_VERBS.has(next) && !(words[1] === 'Fair' && isPlace(words[0] ?? ''));
}
