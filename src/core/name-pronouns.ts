// Pronoun cues: what the text around a name calls it. A person is "he", "she", "his" or
// "her"; a body or a company is "it" and "its". Split from entity-typing.ts.

import { ORG_NOUNS, SPEECH_VERBS } from './entity-cues';
import { INLINE_SPACE as S } from './inline-space';

/** The text and the span of one mention. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

// A name opening its sentence ("Boko Haram claimed …", "The …" before it allowed) …
const OPENS_SENTENCE = /(?:^|[.!?]["”’]?\s+|\n)(?:The\s+)?$/u;
// … and the next sentence going on about it as a thing: "The militant group has …", "It
// also said …", "Its fighters …". A person would be "He", "She" or "the man".
const SENTENCE_REST = /^[^.!?\n]*[.!?]["”’]?\s+/u;
const REFERS_BACK = new RegExp(String.raw`^(?:The((?:${S}[\p{Ll}’'-]+){1,3})|It${S}(?:also${S}|later${S})?(\p{Ll}+)|Its${S}\p{Ll})`, 'u');
const POSSESSIVE_S = /['’]s$/;
const NON_LETTERS = /[^\p{L}]+/u;
const FUNCTION_WORDS = new Set('of for in at on to from with by and or that which who was is has had'.split(' '));
const ITS_OPENS = new RegExp(String.raw`^Its${S}\p{Ll}`, 'u');

/** The name opens its sentence and the next sentence opens with "Its", which nothing else
 *  in the name's sentence could stand for: after "Goncalves said the company would …", "Its
 *  shares" are the company's. */
export function itsNext(c: Span): boolean {
  if (!OPENS_SENTENCE.test(c.text.slice(Math.max(0, c.start - 40), c.start))) return false;
  const rest = SENTENCE_REST.exec(c.text.slice(c.end, c.end + 400))?.[0];
  return rest !== undefined && ITS_OPENS.test(c.text.slice(c.end + rest.length, c.end + rest.length + 20)) && !namesABody(rest);
}

const THE_NOUN = new RegExp(String.raw`\bthe${S}(\p{Ll}+)`, 'gu');

/** "… said the company would restart a furnace.": the sentence names a body by its noun. */
function namesABody(sentence: string): boolean {
  for (const m of sentence.matchAll(THE_NOUN)) if (ORG_NOUNS.has(m[1] ?? '')) return true;
  return false;
}

/** "Boko Haram claimed the attack. The group has …": a name that opens its sentence and
 *  speaks, taken up by the next sentence as "the group", "it" or "its" (a noun the rest of
 *  its own sentence does not already name: "X said the bank would … The bank …"). */
export function refersBack(c: Span): boolean {
  if (!OPENS_SENTENCE.test(c.text.slice(Math.max(0, c.start - 40), c.start))) return false;
  const rest = SENTENCE_REST.exec(c.text.slice(c.end, c.end + 400))?.[0];
  if (rest === undefined) return false;
  const m = REFERS_BACK.exec(c.text.slice(c.end + rest.length, c.end + rest.length + 60));
  if (!m) return false;
  if (m[2] !== undefined) return SPEECH_VERBS.has(m[2]);
  if (m[1] === undefined) return !namesABody(rest); // "Its …", unless the body named in between's
  // The first organisation noun among up to three words, before any preposition: "The
  // militant group", "The group’s leader", not "The head of the group".
  for (const word of m[1].trim().split(/\s+/)) {
    const noun = word.replace(POSSESSIVE_S, '');
    if (ORG_NOUNS.has(noun)) return !rest.toLowerCase().split(NON_LETTERS).includes(noun);
    if (FUNCTION_WORDS.has(noun)) return false;
  }
  return false;
}

// "Goldman Sachs raised its forecast", "Norvane has cut its prices": a verb right after the
// name, then "its". The possessive goes back to the subject, and a person's would be "his"
// or "her". Not after a preposition or a conjunction ("Smith and its", "Lee in its"), where
// "its" points at something else; speech verbs have their own rule ("said it would").
const VERB_ITS = new RegExp(String.raw`^${S}(?:has${S}|have${S}|had${S}|also${S}|again${S})?(\p{Ll}+)${S}its${S}\p{Ll}`, 'u');
const NOT_VERBS = new Set(
  'and or but nor of for in at on to from with by as into onto about over under than like is was are were be been'.split(' '),
);

/** The name is the subject of a verb whose object is "its" something. */
export function verbIts(after: string): boolean {
  const verb = VERB_ITS.exec(after)?.[1];
  return verb !== undefined && !NOT_VERBS.has(verb) && !SPEECH_VERBS.has(verb);
}
