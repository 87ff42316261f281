// Whether a lone capitalised word opening a sentence is a name: its capital proves nothing
// there, so it needs other evidence (the lexicon, the same name elsewhere on the page, an
// acronym's form, a name it is listed with, or a cue after it that only a name takes). Split
// from entities.ts, which defers such openers until the body's names are known.

import { appositionType } from './apposition';
import { INLINE_SPACE as S } from './inline-space';
import { GENERIC_HEADS, ORG_NOUNS, SPEECH_VERBS } from './entity-cues';
import { STOP_WORDS } from './stop-words';
import type { Piece } from './name-runs';
import { isCommonOpener } from './opener-nouns';
import { foundedAfter } from './name-opener-founded';
import { runsWorksAfter } from './name-opener-plants';
import { resultAfter } from './name-side-results';
import { possessiveVerbAfter } from './name-possessive-verbs';
import { lowerCamelThing } from './name-lower-camel';
import { nordicPlaceWord } from './name-nordic-places';

const NEXT_LOWER = new RegExp(String.raw`^(?:['’]s?)?${S}(\p{Ll}+)`, 'u');
// "Pasadena and Glendale opened shelters": listed with a known name ("Ryanair and easyJet",
// a name in lower case too: name-lower-camel).
const LISTED_WITH = new RegExp(String.raw`^${S}(?:and|or)${S}(\p{Lu}[\p{L}’'-]*(?:${S}\p{Lu}[\p{L}’'-]*)?|\p{Ll}{1,4}\p{Lu}\p{L}+)`, 'u');
const ADVERB = /ly$/;
// "Boeing's Starliner, which …": a possessive before another name. A common noun opening a
// sentence owns a common noun ("Officials' homes"), hardly a name.
const OWNS_NAME = /^['’]s[ \t\u00a0]+\p{Lu}\p{Ll}/u;

export interface OpenerEvidence {
  /** Known to the lexicon or accepted in the page's body. */
  isSeen: (name: string) => boolean;
  /** Known to the lexicon. */
  isKnown: (name: string) => boolean;
  /** Written in lower case somewhere on the page. */
  isLowerElsewhere: (word: string) => boolean;
  /** Seen on the page only as a word of longer names, never their last ("Federal" of "Federal
   *  Aviation Administration", "Controllers" of "Air Traffic Controllers Association"). */
  isInnerWord?: (word: string) => boolean;
}

// An adjective's ending: "Federal", "National", "Regional".
const ADJECTIVE = /\p{Ll}al$/u;
// A plural agent noun: "Investigators", "Controllers", "Dispatchers".
const AGENT_PLURAL = /\p{Ll}{3}(?:ors|ers)$/u;

/** Whether an opener the page knows only from inside longer names is the common word they
 *  are built of: "Controllers at the tower" on a page that writes "controllers", "Federal
 *  safety officials" (an adjective before a lower-case word) beside the "Federal Aviation
 *  Administration". A name's short form is its last word or a distinctive one ("Witkoff",
 *  "Nippon said"), not a word the page writes in lower case or an adjective. */
function commonWordOfNames(p: Piece, next: string, { isLowerElsewhere, isInnerWord }: OpenerEvidence): boolean {
  if (!isInnerWord?.(p.text)) return false;
  return isLowerElsewhere(p.text) || (ADJECTIVE.test(p.text) && next !== '' && !SPEECH_VERBS.has(next));
}

/** Whether the sentence opener `p`, alone in its run, is a name. */
export function openerIsName(text: string, p: Piece, { isSeen, isKnown, isLowerElsewhere, isInnerWord }: OpenerEvidence): boolean {
  if (STOP_WORDS.has(p.text)) return false;
  // "Bank robberies fell" on a page with a "Fifth Third Bank" and "the bank": a generic head
  // opening a sentence is the common noun when the page writes it in lower case too.
  if (GENERIC_HEADS.has(p.text) && isLowerElsewhere(p.text) && !isKnown(p.text)) return false;
  // "Apple growers in Poland" on a page that writes "apples": the fruit, known name or not.
  if (isCommonOpener(p.text, text.slice(p.end, p.end + 30), isLowerElsewhere)) return false;
  const next = NEXT_LOWER.exec(text.slice(p.end, p.end + 30))?.[1] ?? '';
  const evidence = { isSeen, isKnown, isLowerElsewhere, isInnerWord };
  if (commonWordOfNames(p, next, evidence)) return false;
  const acronym = /^\p{Lu}{2,5}$/u.test(p.text);
  const listed = LISTED_WITH.exec(text.slice(p.end, p.end + 40))?.[1];
  // Listed with a name the lexicon knows or the page accepts ("Vanguard and BlackRock");
  // a plural common noun opens sentences the same way ("Lorries and …"): left out.
  const withKnown = listed !== undefined && isSeen(listed) && !p.text.endsWith('s') && !isLowerElsewhere(p.text);
  // "Hezbollah, the Iran-backed group, …": an apposition says what the opener names.
  // A founding year follows no adverb ("Ismaily, founded in 1924,"), so "-ly" does not bar it.
  const described = (!ADVERB.test(p.text) && appositionType(text.slice(p.end, p.end + 80)) !== null) || foundedAfter(text.slice(p.end, p.end + 40));
  const owner = OWNS_NAME.test(text.slice(p.end, p.end + 6)) || possessiveVerbAfter(text.slice(p.end, p.end + 40)); // "Moody's cut its" (name-possessive-verbs)
  const cue = SPEECH_VERBS.has(next) || described || owner || saidByBody(text.slice(p.end, p.end + 300), p.text) || runsWorksAfter(text.slice(p.end, p.end + 80)) || resultAfter(text.slice(p.end, p.end + 80)); // name-opener-plants, name-side-results
  // "Investigators said": a plural agent noun takes a speech verb as a name does, so the verb
  // alone is no evidence for it.
  const agentSays = AGENT_PLURAL.test(p.text) && SPEECH_VERBS.has(next) && !described && !owner;
  // "the iPhone posted": a product's cue is no name's (name-lower-camel).
  // "Hafnarfjörður officials said": an Icelandic landform compound is no English word (name-nordic-places).
  return isSeen(p.text) || acronym || withKnown || nordicPlaceWord([p.text]) || (cue && !agentSays && !isLowerElsewhere(p.text) && !lowerCamelThing(text, p.start, p.text));
}

// "Lufthansa filled 82.5% of its seats …, the airline said": the sentence its opener begins
// takes it up as "its" and is attributed to a body by its common noun (a decimal point is no
// sentence end).
const SAID_BY_BODY =
  /^(?:[^.!?\n]|\.(?=\d))*?\bits[ \t\u00a0](?:[^.!?\n]|\.(?=\d))*,[ \t\u00a0]+the[ \t\u00a0]+(\p{Ll}+)[ \t\u00a0]+(?:said|says|announced|reported)\b/u;

/** Whether the rest of the sentence after an opener says a body said it. Not a common noun
 *  ("Demand rose, the company said": no "its"), nor a plural ("Officials closed its road, the
 *  agency said"), which the body's noun does not take up. */
function saidByBody(rest: string, opener: string): boolean {
  const noun = SAID_BY_BODY.exec(rest)?.[1];
  return noun !== undefined && ORG_NOUNS.has(noun) && !opener.endsWith('s');
}
