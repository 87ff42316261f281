// "and" inside capitalised runs: whether it may go on a run while it grows ("the Food and
// Drug Administration", "Trinidad and Tobago"), and, once the run is complete, whether it is
// one name or lists two ("the Israel and Hamas delegations"). Used by name-runs.ts.

import { EVENT_HEADS, ORG_HEADS, PLACE_HEADS } from './entity-cues';
import { chambersListed, holdsChamberCommittee } from './name-chambers';
import { headWord } from './name-form';
import { holdsRailwayList } from './name-railway-lists';
import type { Piece, PieceInput } from './name-pieces';
import { ensembleListed } from './name-ensembles';
import { peopleForOpen, peopleForPair } from './name-for-groups';
import { groupWithAnd } from './name-spelt';
import { hallOfFameAfterAnd } from './name-halls-of-fame';
import { saintsJoined } from './name-saints';
import { utilityJoined } from './name-utility-pairs';
import type { Token } from './types';

/** What deciding an "and" reads: the lexicon's verdicts and the page's text. */
export interface ConjunctInput extends PieceInput {
  text: string;
}

// "the Food and Drug Administration": a lower-case "the" (or a capital "The") before the
// first conjunct; a possessive determines the name as "the" does ("Chile’s National Geology
// and Mining Service").
const THE_BEFORE = /(?:(?:^|\s)the|\p{L}[’']s)[ \t\u00a0]+$/u;

// "FBI": an acronym is a body's name of its own, never the second half of a field.
export const ACRONYM_WORD = /^\p{Lu}{2,}$/u;

// "US", "U.S.", "UK": a country's short form.
const COUNTRY_CODE = /^(?:\p{Lu}{2,3}|(?:\p{Lu}\.){2,3})$/u;

/** "the Food and Drug Administration", "the Securities and Exchange Commission": after "the",
 *  one or two capitalised words, "and", and words up to an organisation's head are one
 *  name. Anything else with an "and" in it is two: "the Israel and Hamas delegations".
 *  Known names, demonyms and a left side that is a whole name are listed, never a conjunct
 *  of one name. */
export function splitAtAnd(run: Piece[], input: ConjunctInput, alone: Set<string>): Piece[][] {
  const and = run.findIndex((p) => p.connector && p.text === 'and');
  if (and < 0) return [run];
  const left = run.slice(0, and);
  const right = run.slice(and + 1);
  const words = left.filter((p) => p.text !== 'The').map((p) => p.text);
  // A known name with "and" in it is one: "Trinidad and Tobago", "Bosnia and Herzegovina".
  if (input.isName(run.filter((p) => p.text !== 'The').map((p) => p.text).join(' '))) return [run];
  // "the House Ways and Means Committee" is one body; "the House and Senate" are two.
  if (holdsChamberCommittee(run) || holdsRailwayList(run)) return [run]; // name-railway-lists
  // "the Cathedral of St. Peter and St. Paul": one name's two saints (name-saints).
  if (saintsJoined(left, right) || utilityJoined(left, right)) return [run]; // name-utility-pairs
  if (chambersListed(left, right)) return [left, right];
  if (peopleForPair(left, right, (w) => input.isName(w) || input.isNonName(w))) return [run];
  // The run took that "and" only for such a pair; anything else after it is a second name
  // ("Mothers for Justice and Amnesty International").
  if (peopleForOpen(left)) return [left, right];
  // An institution's field may name two things: "the Department of Health and Human
  // Services", "the Centers for Disease Control and Prevention". Two bodies stay two: "the
  // Bank of England and Treasury", "the Department of Justice and FBI" (known names).
  // "the Rock and Roll Hall of Fame" (name-halls-of-fame).
  if (left.length <= 3 && hallOfFameAfterAnd(right)) return [run];
  const field = institutionField(left);
  if (field !== null) {
    const conjuncts = [...field, ...right.map((p) => p.text)];
    const oneName =
      right.length > 0 &&
      right.length <= 3 &&
      right.every((p) => !p.connector && !ACRONYM_WORD.test(p.text)) &&
      !conjuncts.some((w) => input.isName(w) || input.isNonName(w));
    if (oneName) return [run];
  }
  const last = words[words.length - 1] ?? '';
  // A country's short form, a state or a city before the conjuncts is whose body it is, not
  // a conjunct: "the U.S. Fish and Wildlife Service", "the Texas Sheep and Goat Raisers
  // Association".
  const owner = words[0] ?? '';
  const conjunct = words.length > 1 && (COUNTRY_CODE.test(owner) || input.isMinorPlace?.(owner) === true) ? words.slice(1) : words;
  // A left side that is a name already ("the Federal Reserve and Treasury Department"); a
  // head alone is a common noun ("the Securities and Exchange Commission").
  // A conjunct the page writes as a name of its own ("Labour won … the Labour and
  // Conservative Party leaders") is listed too.
  const named =
    (words.length > 1 && (ORG_HEADS.has(last) || PLACE_HEADS.has(last) || EVENT_HEADS.has(last))) ||
    ensembleListed(words, right.map((p) => p.text)) ||
    conjunct.some((w) => input.isName(w) || input.isNonName(w)) ||
    alone.has(words.join(' ')) ||
    alone.has(right.map((p) => p.text).join(' '));
  const head = headWord(right.map((p) => p.text));
  const ofAt = right.findIndex((p) => p.connector);
  const beforeHead = ofAt < 0 ? right.length : ofAt;
  // "the Texas Rangers and Houston Astros Foundation": a known name opening the right side
  // lists a second body.
  const listed = named || (conjunct !== words && input.isName(right[0]?.text ?? ''));
  if (!listed && right[0]?.connector === false && beforeHead <= 3 && ORG_HEADS.has(head)) return [run];
  if (groupWithAnd(run, input.text, named)) return [run];
  return right.length > 0 ? [left, right] : [left];
}

/** The words after an institution's head and its "of" or "for" ("Department of [Health]"), or
 *  null when the run is no institution named by its field. */
function institutionField(left: Piece[]): string[] | null {
  // "on" is on a run only after a body's head ("the Subcommittee on Oversight and …").
  const at = left.findIndex((p, i) => p.connector && (p.text === 'on' || ((p.text === 'of' || p.text === 'for') && ORG_HEADS.has(left[i - 1]?.text ?? ''))));
  if (at < 1) return null;
  const field = left.slice(at + 1).filter((p) => !p.connector);
  return field.length > 0 && field.length === left.length - at - 1 ? field.map((p) => p.text) : null;
}

/** Whether an "and" may go on a run for now (splitAtAnd decides once the run is complete):
 *  the run is "the" or "The" (or a possessive) and then one or two capitalised words, with
 *  no "and" yet. */
export function mayTakeAnd(current: Piece[], text: string): boolean {
  const words = current[0]?.text === 'The' ? current.slice(1) : current;
  if (words.length < 1 || words.length > 2 || words.some((p) => p.connector || p.closes || p.softClose)) return false;
  const first = current[0] as Piece;
  return first.text === 'The' || THE_BEFORE.test(text.slice(Math.max(0, first.start - 5), first.start));
}

/** Whether the run so far, "and" and the next word or two make a known name: "Trinidad and
 *  Tobago", "Turks and Caicos Islands". */
export function knownWithAnd(current: Piece[], tokens: Token[], index: number, input: ConjunctInput): boolean {
  const words = current.filter((p) => p.text !== 'The');
  if (words.length === 0 || words.some((p) => p.connector)) return false;
  const left = `${words.map((p) => p.text).join(' ')} and ${tokens[index + 1]?.text ?? ''}`;
  return input.isName(left) || input.isName(`${left} ${tokens[index + 2]?.text ?? ''}`);
}
