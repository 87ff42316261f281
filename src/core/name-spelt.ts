// Names whose joining word ("and", "for", "of") the run rules cannot tell from a list or a
// purpose without help from the page: "the Socialists and Democrats group", "Patriots for
// Europe". The page's own writing decides; without it the words stay apart ("the
// Republicans and Democrats" are two parties).

import { EVENT_HEADS } from './entity-cues';
import { piece, PLAIN_WORD, type Piece, type PieceInput, SPACED_GAP } from './name-pieces';
import type { Token } from './types';

const NOUN_AFTER = /^[ \t\u00a0]+(\p{Ll}+)\b/u;
const CAP = /^\p{Lu}/u;
// "(S&D)": a short form in brackets that joins two initials with an ampersand.
const BRACKETED_AMPERSAND = /^ \((\p{Lu}+)&(\p{Lu}+)\)/u;
const JOINING_GAP = /^([ \t\u00a0]+)(for|of|and)[ \t\u00a0]+$/;
const JOINED = new Set(['for', 'of', 'and']);

// Common nouns for bodies of members, which a name with "of" or "for" may modify.
const GROUP_NOUNS = new Set(['group', 'party', 'alliance', 'movement', 'bloc', 'coalition', 'caucus', 'faction']);
// "(AfD)", "(ESN)", "(PfE)": a short form in brackets, a small letter allowed for a small word.
const BRACKETED_SHORT = /^ \((\p{Lu}(?:\p{Lu}|\p{Ll}(?=\p{Lu})){1,5})\)/u;

/** "the far-right Alternative for Germany (AfD)", "Europe of Sovereign Nations (ESN)": one to
 *  three capitalised words, "for" or "of" and one to three more, spelt out by the short form
 *  the writer gives in brackets right after them (its first letter the name's, one letter a
 *  word, the small word's counted or not), or said to be a group, a party or a bloc by the
 *  noun after them, are one name, with no head word to say so. */
export function bracketSpellsOut(current: Piece[], tokens: Token[], index: number, text: string): boolean {
  const words = current.filter((p) => p.text !== 'The');
  if (words.length === 0 || words.length > 3 || words.some((p) => p.connector)) return false;
  let j = index + 1;
  while (j < tokens.length && j <= index + 3 && CAP.test(tokens[j]?.text ?? '') && SPACED_GAP.test(text.slice(tokens[j - 1]?.end ?? 0, tokens[j]?.start ?? 0))) j++;
  const after = j - index - 1;
  if (after === 0) return false;
  const end = tokens[j - 1]?.end ?? 0;
  // "the Europe of Sovereign Nations group": the common noun after says what the name is.
  const noun = NOUN_AFTER.exec(text.slice(end, end + 24))?.[1];
  if (noun !== undefined && GROUP_NOUNS.has(noun)) return true;
  const short = BRACKETED_SHORT.exec(text.slice(end, end + 12))?.[1];
  if (short === undefined || short[0] !== words[0]?.text[0]) return false;
  const count = words.length + after;
  return short.length === count || short.length === count + 1;
}

// "Patriots", "Doctors": a capitalised plural, not "-ss" ("Ross").
const CAP_PLURAL = /^\p{Lu}\p{Ll}+[^s'’]s$/u;
// "the far-right Alternative", "whose Alternative", "the party’s Alternative": a determiner,
// and at most two lower-case modifiers, before the word. A surname has none ("thanked Kane
// for England"), so a singular word needs it where a plural does not.
const DETERMINED = /(?:(?:^|[^\p{L}])(?:[Tt]he|[Ww]hose|[Ii]ts|[Tt]heir)|\p{L}['’]s)(?:[ \t\u00a0]+\p{Ll}[\p{Ll}-]*){0,2}[ \t\u00a0]+$/u;

/** "the larger Patriots for Europe", "Doctors for Ukraine", "the far-right Alternative for
 *  Germany": inside a sentence a capitalised plural that no lexicon knows is a group's name,
 *  not a common noun, and so is a capitalised singular word after a determiner; "for" and a
 *  known place ending the run ("for Europe", not "for Europe’s budget") go on naming it,
 *  unless the page writes the word without "for" too. */
export function wordForPlace(
  current: Piece[],
  tokens: Token[],
  index: number,
  text: string,
  input: PieceInput & { isPlace?: (name: string) => boolean },
): boolean {
  const words = current.filter((p) => p.text !== 'The');
  const word = words[0];
  const place = tokens[index + 1];
  if (words.length !== 1 || !word || word.initial || word.headline || !place) return false;
  const plural = CAP_PLURAL.test(word.text);
  const determined = current[0] !== word || DETERMINED.test(text.slice(Math.max(0, word.start - 40), word.start));
  // "won the Cup for England": an event's head is the event, not a body named for a place.
  if (!plural && !(PLAIN_WORD.test(word.text) && determined && !EVENT_HEADS.has(word.text))) return false;
  if (input.isName(word.text) || input.isNonName(word.text) || /['’]/.test(place.text) || input.isPlace?.(place.text) !== true) return false;
  const after = tokens[index + 2];
  const nameGoesOn = after !== undefined && CAP.test(after.text) && SPACED_GAP.test(text.slice(place.end, after.start));
  return SPACED_GAP.test(text.slice(tokens[index]?.end ?? 0, place.start)) && !nameGoesOn && !writtenAlone(word.text, text);
}

const LETTER = /\p{L}/u;
const FOR_AFTER = /^[ \t\u00a0]+for[ \t\u00a0]/;

/** Whether the page writes the word somewhere without "for" after it ("the Greens won …
 *  She thanked the Greens for Berlin"): then it is a name of its own, and "for" a purpose. */
function writtenAlone(word: string, text: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (LETTER.test(text[at - 1] ?? '') || LETTER.test(text[end] ?? '')) continue;
    if (!FOR_AFTER.test(text.slice(end, end + 6))) return true;
  }
  return false;
}

const wordsOf = (run: Piece[]): Piece[] => (run[0]?.text === 'The' ? run.slice(1) : run);
const initials = (pieces: Piece[]): string => pieces.map((p) => p.text[0] ?? '').join('');

/** "the Socialists and Democrats group", "the Socialists and Democrats (S&D)": conjuncts that
 *  the noun after calls a group, or that a short form with "&" spells side by side, are one
 *  name. `named` says whether the run's left side is a name of its own (then it is a list). */
export function groupWithAnd(run: Piece[], text: string, named: boolean): boolean {
  const and = run.findIndex((p) => p.connector && p.text === 'and');
  const last = run[run.length - 1];
  if (named || and < 1 || !last || last.connector) return false;
  const after = text.slice(last.end, last.end + 24);
  if (NOUN_AFTER.exec(after)?.[1] === 'group') return true;
  const short = BRACKETED_AMPERSAND.exec(after);
  if (!short) return false;
  const left = wordsOf(run.slice(0, and));
  const right = run.slice(and + 1);
  return short[1] === initials(left) && short[2] === initials(right);
}

/** "… the Patriots for Europe group. Talks with the larger Patriots for Europe faltered": runs
 *  that the page joins as one name with "for", "of" or "and" somewhere are that name wherever
 *  the same words stand apart with the same joining word between them. */
export function joinSpeltNames(runs: Piece[][], text: string): Piece[][] {
  const spelt = new Set<string>();
  for (const run of runs) if (run.some((p) => p.connector && JOINED.has(p.text))) spelt.add(textOf(wordsOf(run), text));
  if (spelt.size === 0) return runs;
  const out: Piece[][] = [];
  for (const run of runs) {
    const prev = out[out.length - 1];
    const end = prev?.[prev.length - 1]?.end ?? -1;
    const join = prev && !prev[prev.length - 1]?.closes ? JOINING_GAP.exec(text.slice(end, run[0]?.start ?? end)) : null;
    if (prev && join && run[0]?.text !== 'The' && spelt.has(textOf(wordsOf([...prev, ...run]), text))) {
      const at = end + (join[1]?.length ?? 0);
      out[out.length - 1] = [...prev, piece(at, at + (join[2]?.length ?? 0), join[2] ?? '', true, false, false, false), ...run];
    } else out.push(run);
  }
  return out;
}

/** The words of a run as the page writes them, from its first piece to its last. */
function textOf(pieces: Piece[], text: string): string {
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  return first && last ? text.slice(first.start, last.end).replace(/\s+/g, ' ') : '';
}
