// Whether a height is said of something that flies (measure-heights.ts). A sentence that
// speaks of flight somewhere is not enough: in "The wave reached a height of 30 feet as the
// storm flew past" the height is the wave's, its clause's subject, and what flew is a storm.
// So a flying verb counts only with a flyer for its subject, and a height's own clause that
// opens with another thing ("the wave", "the tower") is that thing's whatever else flies.

import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

export const CRAFT = String.raw`(?:helicopters?|jets?|planes?|airplanes?|airliners?|aircraft|drones?|gliders?|balloons?)`;
const CRAFT_WORD = new RegExp(String.raw`\b${CRAFT}\b`, 'i');
const CRAFT_ALONE = new RegExp(String.raw`^${CRAFT}$`, 'i');
// Who may be high up on their own: a climber on a face, a pilot, a jumper.
const FLYER = /^(?:pilots?|climbers?|mountaineers?|skydivers?|paragliders?|parachutists?|crews?)$/i;
const FLYING = String.raw`\b(?:fly|flies|flying|flew|flown|hover(?:s|ed|ing)?|cruis(?:es|ed|ing)|climb(?:s|ed|ing)?|descend(?:s|ed|ing))\b`;
const FLYING_VERB = new RegExp(FLYING, 'i');
const FLYING_VERBS = new RegExp(FLYING, 'gi');
// Between a subject and its verb: "the helicopter was still flying", "it had been climbing".
const AUXILIARIES = new RegExp(String.raw`(?:${S}(?:was|were|is|are|be|been|had|has|have|still|then|again|low|\p{L}+ly))*${S_OPT}$`, 'iu');
const PRONOUN = /^(?:it|they|he|she|we)$/i;
const FIRST_WORD = new RegExp(String.raw`^${S_OPT}(\p{L}+)`, 'u');
// Where a height's clause opens: a sentence's start, a break ("…, as", "when", "while") or a
// report's verb ("the board said the altitude was").
const CLAUSE_OPEN = /[,;:\u2014]|\b(?:as|while|when|after|before|because|until|since|and|but|where|which|who|that|said|says|told|found|showed|shows|reported)\b/gi;
// A subject named by a common noun: "the wave", "a 40-storey tower", "its crest".
const COMMON_SUBJECT = new RegExp(String.raw`\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)${S}(?:[\p{Ll}\d-]+${S}){0,2}?(\p{Ll}[\p{Ll}-]*)\b`, 'u');

/** Whether `word`, a subject's head, is a craft or one who may be high up on their own. */
export function isFlyer(word: string): boolean {
  return CRAFT_ALONE.test(word) || FLYER.test(word);
}

/** Whether `sentence` speaks of flight: it names a craft, or says a craft, a flyer, a pronoun
 *  or a name flew, hovered, climbed or descended ("the storm flew past" is no flight). */
export function speaksOfFlight(sentence: string): boolean {
  if (CRAFT_WORD.test(sentence)) return true;
  for (const m of sentence.matchAll(FLYING_VERBS)) {
    const before = sentence.slice(Math.max(0, m.index - 60), m.index).replace(AUXILIARIES, '');
    const subject = /([\p{L}'’-]+)$/u.exec(before)?.[1] ?? '';
    if (isFlyer(subject) || PRONOUN.test(subject) || /^\p{Lu}/u.test(subject)) return true;
  }
  return false;
}

/** Whose a height is by the clause it opens in (`head`, the sentence up to the height's words):
 *  'flies' where a craft, a flyer or a flying verb opens it ("The plane was cruising at"),
 *  'other' where another common noun is its subject ("The wave reached"), 'pronoun' where a
 *  pronoun opens it, null where it names none a common noun (a name, or no subject at all). */
export function clauseSubject(head: string): 'flies' | 'other' | 'pronoun' | null {
  const open = [...head.matchAll(CLAUSE_OPEN)].pop();
  const clause = open === undefined ? head : head.slice(open.index + open[0].length);
  if (PRONOUN.test(FIRST_WORD.exec(clause)?.[1] ?? '')) return 'pronoun';
  if (CRAFT_WORD.test(clause) || FLYING_VERB.test(clause)) return 'flies';
  const noun = COMMON_SUBJECT.exec(clause)?.[1];
  if (noun === undefined) return null;
  return isFlyer(noun) ? 'flies' : 'other';
}
