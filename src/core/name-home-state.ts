// "John Smith, Pa., a delegate, said": lists of delegates, voters or players give a person's
// home state after the name in commas, as a city's state is given ("Albany, N.Y."). The
// state is no vote for a place where what follows it says the name is a person's: an
// apposition of someone ("a delegate", "the party's treasurer") or "who". A city's state is
// followed by a place's apposition ("a city of 90,000"), "where", "which", or the sentence.

import { appositionType } from './apposition';
import { stateOfAbbreviation } from './state-abbreviations';
import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

// The state's abbreviation after the name, then a comma and what follows it.
const STATE_THEN = new RegExp(String.raw`^,${S}(\p{Lu}[\p{L}.]*\.)(,${S}.*)$`, 'su');
const WHO_AFTER = new RegExp(String.raw`^,${S}who\b`);
// Nouns an apposition gives people that are no title or office (entity-cues' ROLE_NOUNS has
// those): what a list of people says of each.
const PERSON_NOUNS = new Set(
  'delegate delegates voter resident member veteran farmer nurse teacher student retiree worker owner activist candidate democrat republican independent mother father widow nominee'.split(
    ' ',
  ),
);
// "a delegate", "the party's treasurer", "a retired teacher": up to three words, then the noun
// before a closing mark or a preposition, with no clause opening between ("a city where
// every voter, …" is a city's apposition).
const APPOSED_NOUN = new RegExp(String.raw`^,${S}(?:the|a|an)${S}(?:(?!(?:where|which|that|whose|when)[^\S\n])[\p{L}’'-]+${S}){0,3}?([\p{L}’'-]+)(?=${S_OPT}[,.;:—–)]|${S}(?:of|for|at|in|from|with|who)\b)`, 'u');

/** Whether `after` (the text right after a name) gives a person's home state: a state's
 *  abbreviation in commas followed by "who" or an apposition of a person. */
export function homeStateOfPerson(after: string): boolean {
  const m = STATE_THEN.exec(after);
  if (!m || stateOfAbbreviation(m[1] ?? '') === undefined) return false;
  const rest = m[2] ?? '';
  if (WHO_AFTER.test(rest)) return true;
  const noun = APPOSED_NOUN.exec(rest)?.[1];
  return appositionType(rest) === 'person' || (noun !== undefined && PERSON_NOUNS.has(noun.toLowerCase()));
}
