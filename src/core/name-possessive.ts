// "the catastrophe modeler Moody's RMS said": a company named with a possessive and an
// acronym ("Moody's RMS") is one name, where a run otherwise ends at its possessive
// ("Netanyahu's IDF" is whose the IDF is). Used by name-runs.ts. What tells them apart is
// the page: it writes the owner's word only ever with its "'s", so the "'s" is the name's
// own; a person or a place is written on its own somewhere, or known to the lexicon. The
// page alone is not enough where it names a person once ("Putin's FSB arrested him"), so the
// name must also stand after the common noun it is the name of ("the catastrophe modeler"),
// where an owner's possessive would not: "the modeler Putin's FSB" is no English.

import { ORG_NOUNS, ROLE_NOUNS } from './entity-cues';
import { ACRONYM_WORD } from './name-conjuncts';
import { type Piece, type PieceInput, PLAIN_WORD, SPACED_GAP } from './name-pieces';
import type { Token } from './types';

const POSSESSIVE_GAP = /^['’]s[ \t\u00a0]+$/;
const POSSESSIVE_AFTER = /^['’]s[ \t\u00a0]+/;
const CAP = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
// "the catastrophe modeler ", "The ratings firm ": "the" and one to three lower-case words.
const DESCRIBED = /(?:^|[\s“"(])[Tt]he((?:[ \t\u00a0]+\p{Ll}[\p{Ll}-]*){1,3})[ \t\u00a0]+$/u;

// "-er" and "-or" words that are no agent's noun: "the other …", "the former …".
const NOT_AGENTS = new Set(['other', 'former', 'latter', 'under', 'after', 'over', 'ever', 'never', 'either', 'neither', 'together', 'whether', 'rather', 'major', 'minor']);
const AGENT = /^\p{Ll}{3,}(?:er|or)$/u;

/** Whether a noun for a body or a firm's trade stands, after "the", right before `start`:
 *  "the catastrophe modeler Moody's RMS", "the insurer …"; not a person's role ("the senator
 *  …") and not any noun at all ("the world Putin's FSB built"). */
function describedBefore(text: string, start: number): boolean {
  const nouns = DESCRIBED.exec(text.slice(Math.max(0, start - 60), start))?.[1]?.trim().split(/[ \t\u00a0]+/);
  const noun = nouns?.[nouns.length - 1];
  if (noun === undefined || ROLE_NOUNS.has(noun)) return false;
  return ORG_NOUNS.has(noun) || (AGENT.test(noun) && !NOT_AGENTS.has(noun));
}

/** Whether the acronym at `index` goes on the run `current`, which is one word and its
 *  possessive, as the rest of one name: a common noun stands before it (here or before the
 *  same name elsewhere on the page: "Moody's RMS said …" opening a sentence, after "the
 *  catastrophe modeler Moody's RMS"), the run and the
 *  acronym are nothing the lexicon knows, a name does not go on after the acronym ("Trump's
 *  GOP Senate allies"), and the page never writes the word without its "'s". */
export function possessiveName(current: Piece[], tokens: Token[], index: number, text: string, input: PieceInput): boolean {
  const words = current[0]?.text === 'The' ? current.slice(1) : current;
  const owner = words[0];
  const tok = tokens[index];
  if (words.length !== 1 || !owner || !owner.closes || !tok || !PLAIN_WORD.test(owner.text) || !ACRONYM_WORD.test(tok.text)) return false;
  if (!POSSESSIVE_GAP.test(text.slice(owner.end, tok.start))) return false;
  if (!describedBefore(text, owner.start) && !describedElsewhere(owner.text, tok.text, text)) return false;
  const after = tokens[index + 1];
  if (after && CAP.test(after.text) && SPACED_GAP.test(text.slice(tok.end, after.start))) return false;
  if ([owner.text, tok.text].some((w) => input.isName(w) || input.isNonName(w))) return false;
  return !writtenBare(owner.text, text);
}

/** Whether the page writes `owner`'s `acronym` somewhere after a noun for a firm. */
function describedElsewhere(owner: string, acronym: string, text: string): boolean {
  for (let at = text.indexOf(owner); at >= 0; at = text.indexOf(owner, at + 1)) {
    const end = at + owner.length;
    const gap = POSSESSIVE_AFTER.exec(text.slice(end, end + 4))?.[0].length;
    if (gap === undefined || LETTER.test(text[at - 1] ?? '')) continue;
    const rest = text.slice(end + gap, end + gap + acronym.length + 1);
    if (rest.startsWith(acronym) && !LETTER.test(rest[acronym.length] ?? '') && describedBefore(text, at)) return true;
  }
  return false;
}

/** Whether the page writes `word` somewhere without "'s" after it. */
export function writtenBare(word: string, text: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (LETTER.test(text[at - 1] ?? '') || LETTER.test(text[end] ?? '')) continue;
    if (!POSSESSIVE_GAP.test(`${text.slice(end, end + 2)} `)) return true;
  }
  return false;
}
