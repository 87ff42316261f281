// Whether a capitalised run may go on through a word it would otherwise stop at: "of" or "for"
// after an institution's head, a calendar word that is a name's own, a particle opening a
// surname, two acronyms joined by a slash. Split from name-runs.ts, which asks these.

import { EVENT_HEADS, LAW_HEADS, NAME_CONNECTORS, ORG_HEADS, PLACE_HEADS, TITLE_HEADS } from './entity-cues';
import { DAY_WORDS, SEASON_WORDS } from './calendar-words';
import { ACRONYM_WORD } from './name-conjuncts';
import { PEOPLE_FOR_HEADS } from './name-for-groups';
import { SPACED_GAP, type Piece } from './name-pieces';
import type { RunInput } from './name-runs';
import type { Token } from './types';

const CAP = /^\p{Lu}/u;
const HAS_DIGIT = /\d/;
/** The gap inside a name: spaces, or an ampersand ("AT&T", "Johnson & Johnson"). */
export const NAME_GAP = /^(?:[ \t\u00a0]+|[ \t\u00a0]+&[ \t\u00a0]+|&)$/;
const SLASH_GAP = /^\/$/;

/** Words after which "of" may continue a name: "Bank of England", "Secretary of State". */
export function takesOf(word: string): boolean {
  return (
    ORG_HEADS.has(word) || PLACE_HEADS.has(word) || EVENT_HEADS.has(word) || TITLE_HEADS.has(word) || LAW_HEADS.has(word) ||
    word === 'Republic' || word === 'Kingdom' || word === 'States' || word === 'Emirates' || word === 'State'
  );
}

/** "USA Today", "the Prague Spring": a calendar word prose writes in lower case, capitalised
 *  after a name's word mid-sentence and outside a headline, is the name's own. Weekdays and
 *  months are capitalised anyway ("Trump Monday said" ends at Trump); after a people's word it
 *  stays out ("the Arab Spring" would leave "Spring" alone once the demonym is trimmed). */
export function calendarInName(word: string, last: Piece | undefined, joins: boolean, initial: boolean, headline: boolean, input: RunInput): boolean {
  if (!DAY_WORDS.has(word) && !SEASON_WORDS.has(word)) return false;
  return last !== undefined && joins && !last.connector && !initial && !headline && !input.isNonName(last.text);
}

/** Whether `tok` is demonyms joined by hyphens ("Italian-Thai") right before one capitalised
 *  word, neither a known name nor a demonym, that ends the run: a company's ("Italian-Thai
 *  Development"), not a person's given name and surname ("Iranian-American Jason Rezaian"). */
export function peoplesBefore(tokens: Token[], index: number, text: string, input: RunInput): boolean {
  const tok = tokens[index]!;
  const next = tokens[index + 1];
  const after = tokens[index + 2];
  const parts = tok.text.split(/[-‑]/);
  if (parts.length < 2 || !parts.every((p) => CAP.test(p) && input.isNonName(p))) return false;
  if (next === undefined || !NAME_GAP.test(text.slice(tok.end, next.start)) || !CAP.test(next.text)) return false;
  if (after !== undefined && NAME_GAP.test(text.slice(next.end, after.start)) && CAP.test(after.text)) return false;
  return !input.isName(next.text) && !input.isNonName(next.text);
}

// Articles ("al Qaeda", "la Liga", "le Monde") open names of bodies more than surnames: a
// run does not open with them.
const ARTICLES = new Set(['al', 'el', 'la', 'le']);

/** "von der Leyen", "de Gaulle", "da Silva" with no given name before: one or two lower-case
 *  particles, then a capitalised surname, all spaced as one name. */
export function opensSurname(tokens: Token[], index: number, text: string): boolean {
  let i = index;
  if (ARTICLES.has(tokens[i]?.text ?? '')) return false;
  for (let n = 0; n < 2; n++) {
    const tok = tokens[i];
    const next = tokens[i + 1];
    if (!tok || !next || !NAME_CONNECTORS.has(tok.text) || !SPACED_GAP.test(text.slice(tok.end, next.start))) return false;
    if (CAP.test(next.text) && !HAS_DIGIT.test(next.text)) return true;
    i++;
  }
  return false;
}

// Nouns that name a body by what it is for, heads only before "for" ("the Coalition for
// Epidemic Preparedness Innovations", "the Campaign for Nuclear Disarmament"): as a name's
// last word they are no head ("the Merz Coalition" is no body's name).
const FOR_HEADS = new Set(['Coalition', 'Campaign', 'Initiative', 'Partnership']);

/** "for" joins after an institution's head: "Office for Budget Responsibility". */
export function takesFor(word: string): boolean {
  return ORG_HEADS.has(word) || PLACE_HEADS.has(word) || TITLE_HEADS.has(word) || FOR_HEADS.has(word) || PEOPLE_FOR_HEADS.has(word);
}

/** "the Administration for a Healthy America", "the Alliance for an Open Internet": "a" or
 *  "an" goes on a name only after an institution's head that opens it and its "for"
 *  ("pushed for a Healthy America plan" names no body; "told the Washington Post for a New
 *  York story" is a name and a purpose), and not in a headline, where every word is
 *  capitalised. */
export function articleAfterFor(current: Piece[], headline: boolean): boolean {
  const words = current[0]?.text === 'The' ? current.slice(1) : current;
  return !headline && words.length === 2 && words[1]?.text === 'for' && ORG_HEADS.has(words[0]?.text ?? '');
}

/** "the CDU/CSU", "AC/DC": two acronyms joined by a slash are one name, an alliance or a
 *  band, unless either is a known place ("US/UK talks" are two countries'). */
export function slashJoined(left: string, right: string, gap: string, input: RunInput): boolean {
  return (
    SLASH_GAP.test(gap) && ACRONYM_WORD.test(left) && ACRONYM_WORD.test(right) &&
    input.isPlace?.(left) !== true && input.isPlace?.(right) !== true
  );
}
