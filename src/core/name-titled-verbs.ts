// "President Park said", "Gen. Park ordered": after a title of office a lone word that is a
// place's head as well as a common surname (name-surname-heads.ts) is the officer's surname
// where a person's verb follows it at once. A place neither speaks nor orders; without such a
// verb the title may open a street's or a park's name ("President Street", "Admiral Park").
// Used through name-trim.ts's context.

import { SPEECH_VERBS } from './entity-cues';
import { INLINE_SPACE as S } from './inline-space';

// What only a person does, besides speaking: an officer's acts.
const ACTS = new Set(['ordered', 'signed', 'vetoed', 'appointed', 'nominated', 'promised', 'met', 'visited', 'thanked', 'apologised', 'apologized']);
// On the name's line: a heading's last word is no officer for the paragraph's first verb.
const NEXT_WORD = new RegExp(String.raw`^${S}(?:(?:also|then|later|has|had|again)${S})?([a-z]+)`, 'u');

/** Whether the word right after `offset` in `text` is a person's verb (an adverb or an
 *  auxiliary may stand between: "Park has said", "Park also ordered"). */
export function personVerbFollows(text: string, offset: number): boolean {
  const verb = NEXT_WORD.exec(text.slice(offset, offset + 40))?.[1];
  return verb !== undefined && (SPEECH_VERBS.has(verb) || ACTS.has(verb));
}
