// From a capitalised run to the minimal name spans the guidelines ask for: sentence
// openers, titles ("Israeli Prime Minister"), demonyms and a leading "The" stay outside.

import { isSeasonStorm } from './name-season-storms';
import {
  COMMON_ACRONYMS, EVENT_HEADS, EVENT_OPENERS, GIVEN_NAME_GROUP_WORDS, NAME_CONNECTORS, NAME_PREPOSITIONS,
  ORG_HEADS, ORG_MEMBER_NOUNS, ORG_NOUNS, PLACE_HEADS, PLACE_NOUNS, ROLE_NOUNS, TITLE_HEADS, TITLE_MODIFIERS,
} from './entity-cues';
import { STOP_WORDS } from './stop-words';
import { isPluralOccupation } from './name-plural-occupations';
import { CALENDAR } from './calendar-words';
import { residentWords } from './name-city-demonyms';
import { holidayType } from './name-holidays';
import { monthGivenNameOpens } from './name-month-given-names';
import { isLawName, withoutNumberedPart } from './law-names';
import { airlineOfFlight } from './name-flights';
import type { Piece } from './name-runs';
import { opensWithPluralTitle } from './name-plural-titles';
import { isGeneralTrade } from './name-trade-heads';
import { isPeopleForName } from './name-for-groups';
import { openerOpensBody } from './name-body-openers';
import { isServiceSystem } from './name-system-bodies';
import { hasNameHead, innerTitle, isExTitle, isTitleWord } from './name-inner-titles';
import { placeOfTitle } from './name-title-places';
import { generalInBody } from './name-general-bodies';
import { titledSurnameHead } from './name-surname-heads';
import { afterDemonymPair } from './name-demonym-pairs';
import { titledPair } from './name-titled-pairs';

export interface Candidate {
  pieces: Piece[];
  /** A person title stood right before it. */
  titled: boolean;
  /** The span starts a sentence or quotation (after trimming), so its capital proves little. */
  initial: boolean;
}

export interface TrimContext {
  isKnown: (name: string) => boolean;
  isNonName: (name: string) => boolean;
  /** The word occurs in lower case somewhere in the text. */
  isLowerElsewhere: (word: string) => boolean;
  /** A number follows the offset ("Section| 301"). */
  numberAfter: (offset: number) => boolean;
  /** The sentence going on from the offset ends in a question mark. */
  asksAfter: (offset: number) => boolean;
  /** An aircraft noun follows the offset ("Eagle| jet"). */
  aircraftAfter?: (offset: number) => boolean;
  /** A person's verb follows the offset ("Park| said"; name-titled-verbs.ts). */
  personVerbAfter?: (offset: number) => boolean;
  /** The text writes these words inside a sentence, after a lower-case word ("of First Citizens"). */
  writtenInside?: (phrase: string) => boolean;
  /** "the" comes right before the offset (name-city-demonyms). */
  articleBefore?: (offset: number) => boolean;
}

/** "an American Eagle jet": a demonym and one word nobody knows before an aircraft noun are
 *  the operator's name, as airlines are named ("American Eagle", "Turkish Airlines"); a
 *  demonym that only describes the craft has no capitalised word after it ("an American jet"). */
function airlineWithDemonym(pieces: Piece[], ctx: TrimContext): boolean {
  const word = pieces[1];
  if (pieces.length !== 2 || word === undefined || word.connector) return false;
  return !ctx.isKnown(word.text) && !ctx.isNonName(word.text) && ctx.aircraftAfter?.(word.end) === true;
}

/** Modals that open a question before its subject ("Will Trump sign it?", "Can Lewis Hamilton
 *  win?") but are also given names; the others ("Would", "Should") are stop words. */
const QUESTION_MODALS = new Set(['Will', 'Can']);

const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;
// A leading article stays outside a name even where the page writes it inside one.
const ARTICLES = new Set(['The', 'A', 'An']);

/** A common noun capitalised only because it opens the sentence: "Rivals Microsoft and
 *  Amazon", "Officials", "Residents". Titles and the head words of names stay ("President
 *  Trump", "Camp David", "Club Brugge"). */
function isCommonNounOpener(word: string): boolean {
  const lower = word.toLowerCase();
  if (TITLE_HEADS.has(word) || TITLE_MODIFIERS.has(word)) return false;
  if (ORG_HEADS.has(word) || PLACE_HEADS.has(word) || EVENT_HEADS.has(word)) return false;
  return ORG_NOUNS.has(lower) || ORG_MEMBER_NOUNS.has(lower) || PLACE_NOUNS.has(lower) || ROLE_NOUNS.has(lower);
}
const joinPieces = (pieces: Piece[]): string => pieces.map((p) => p.text).join(' ');

// Adjective and participle endings: "Outgoing", "Embattled", "Newly".
const DESCRIPTIVE = /(?:ing|ed|ly)$/;

/** Drops a sentence-opening word that is not a name: "Despite", "The", "Looming". */
function dropOpener(run: Piece[], ctx: TrimContext): { pieces: Piece[]; initial: boolean } {
  const first = run[0];
  if (!first?.initial) return { pieces: run, initial: false };
  if (run.length > 1 && ctx.isKnown(joinPieces(run))) return { pieces: run, initial: true };
  // "New York Governor Kathy Hochul": the opener starts a known name, with more after it. Not an
  // article: "The Valley Harvest Food Bank" is the food bank's, though "The Valley" is a capital.
  for (let k = Math.min(run.length - 1, 4); k >= 2 && !ARTICLES.has(first.text); k--) {
    const part = run.slice(0, k);
    if (!part[k - 1]?.connector && ctx.isKnown(joinPieces(part))) return { pieces: run, initial: true };
  }
  const word = first.text;
  if (holidayType(run.map((p) => p.text)) !== null) return { pieces: run, initial: true }; // "Christmas Day", "New Year's Eve" (name-holidays)
  if (monthGivenNameOpens(run.map((p) => p.text), (w) => !ctx.isKnown(w) && !ctx.isNonName(w) && !ctx.isLowerElsewhere(w))) return { pieces: run, initial: true }; // "June Carter sang"
  if (run.length > 1 && (EVENT_OPENERS.has(word) || isSeasonStorm(run.map((p) => p.text)))) return { pieces: run, initial: true }; // "Storm Orla", "Winter Storm Uri"
  const opener =
    STOP_WORDS.has(word) ||
    (run.length === 1 && isPluralOccupation(word)) || // "Hydrologists said", not "Musicians Union" (name-plural-occupations)
    (run.length > 1 && QUESTION_MODALS.has(word) && ctx.asksAfter(first.end)) ||
    CALENDAR.has(word) ||
    (run.length > 1 && !ctx.isKnown(word) && (ctx.isLowerElsewhere(word) || isCommonNounOpener(word)));
  if (!opener) return { pieces: run, initial: true };
  // "First Citizens BancShares agreed" where the page also writes "shares of First Citizens".
  const second = run[1];
  if (second && !second.connector && !ARTICLES.has(word) && ctx.writtenInside?.(`${word} ${second.text}`)) {
    return { pieces: run, initial: true };
  }
  // "Doctors Without Borders", "First Republic Bank" (name-body-openers.ts): the opener is the name's.
  if ((NAME_PREPOSITIONS.has(run[1]?.text ?? '') && run.length > 2) || openerOpensBody(run, (n) => ctx.isKnown(n) || ctx.isNonName(n))) return { pieces: run, initial: true };
  if (isPeopleForName(run.map((p) => p.text)) && !ctx.isKnown(joinPieces(run.slice(2)))) return { pieces: run, initial: true };
  let rest = run.slice(1);
  while (rest[0]?.connector) rest = rest.slice(1);
  return { pieces: rest, initial: false };
}

/** "Christian Lindner", "Christian Aid": a faith word that is also a given name, before
 *  capitalised words that are neither known names nor group words, opens the name
 *  ("Christian Zionists", "Christian Palestinians" stay group words and peoples). */
function givenNameFirst(pieces: Piece[], ctx: TrimContext): boolean {
  const rest = pieces.slice(1);
  if (!GIVEN_NAME_GROUP_WORDS.has(pieces[0]?.text ?? '') || rest.length === 0) return false;
  return rest.every((p) => !p.connector && !ctx.isNonName(p.text) && !ctx.isKnown(p.text) && !ctx.isLowerElsewhere(p.text));
}

/** The name spans inside one capitalised run (none, one, or a known place before a title). */
export function trimRun(run: Piece[], ctx: TrimContext): Candidate[] {
  const pair = titledPair(run); // "Gen. Hill and Maj. Park" (name-titled-pairs)
  if (pair) return pair.flatMap((side) => trimRun(side, ctx));
  const person = afterDemonymPair(run, ctx); // "New Zealander Lydia Ko" (name-demonym-pairs)
  const opened = person ? { pieces: person, initial: false } : dropOpener(run, ctx);
  // "American Eagle Flight 5342": the airline, demonym kept, is the name; the flight is none.
  const airline = airlineOfFlight(opened.pieces, ctx.numberAfter);
  if (airline) return [{ pieces: airline, titled: false, initial: false }];
  let pieces = withoutNumberedPart(opened.pieces, ctx.numberAfter);
  let initial = opened.initial;
  if (pieces.length === 0) return [];
  // A law, a treaty or an agreement has none of the four types: "the Digital Markets Act".
  if (isLawName(pieces.map((p) => p.text))) return [];
  // A lone function word is never a name, wherever it stands: a capital there comes from a
  // byline or a separator ("Explainer · By staff reporters"), not from a name.
  if (pieces.length === 1 && STOP_WORDS.has(pieces[0]?.text ?? '') && !ctx.isKnown(pieces[0]?.text ?? '')) return [];
  const out: Candidate[] = [];
  if (pieces.length > 1 && ctx.isKnown(joinPieces(pieces))) return [{ pieces, titled: false, initial }];
  // "Senators Ron Wyden and …": the plural title goes, as a singular one does.
  if (opensWithPluralTitle(pieces)) {
    const person = pieces[1];
    return trimRun(pieces.slice(1), ctx).map((c) => (c.pieces[0] === person ? { ...c, titled: true, initial: false } : c));
  }

  // Title prefix: "US President", "Israeli Prime Minister", "Secretary [of State".
  let j = 0;
  let head = -1;
  while (j < pieces.length && isTitleWord(pieces, j, ctx)) {
    if (TITLE_HEADS.has(pieces[j]?.text ?? '') || isExTitle(pieces[j]?.text ?? '')) head = j;
    j++;
  }
  const rest = pieces.slice(j);
  // "General Motors", "General Dynamics": a title word before an organisation's head is the
  // organisation's own first word; a title after it is left to innerTitle ("… CEO Mary Barra").
  // "Ms. Stores", "Judge Mary Lines": a surname that is a body's head too (name-surname-heads).
  const titledSurname =
    head >= 0 && titledSurnameHead(pieces[head]?.text ?? '', rest.map((p) => p.text), (w) => ctx.isKnown(w) || ctx.isNonName(w) || ctx.isLowerElsewhere(w), rest.length === 1 && ctx.personVerbAfter?.(rest[0]?.end ?? 0) === true);
  const orgName =
    !titledSurname && ((j === head + 1 && ORG_HEADS.has(rest[0]?.text ?? '') && !rest[0]?.connector) || isGeneralTrade(pieces.map((p) => p.text)));
  // "Coach Ryan Day", "Governor Chris Fair": an event's head word that is a surname after a
  // given name is no event's name, so the title before them is a person's ("Election Day"
  // keeps its own: the page writes "election" in lower case).
  const surnameHead =
    titledSurname || (rest.length === 2 && EVENT_HEADS.has(rest[1]?.text ?? '') && !ctx.isLowerElsewhere(rest[0]?.text ?? '') && !hasNameHead(rest.slice(0, 1)));
  if (head >= 0 && !orgName && !(rest.length > 0 && hasNameHead(rest) && !surnameHead)) {
    const lead = pieces[0] as Piece;
    if (ctx.isKnown(lead.text) && !TITLE_HEADS.has(lead.text) && !TITLE_MODIFIERS.has(lead.text)) {
      out.push({ pieces: [lead], titled: false, initial });
    }
    for (let k = 2; k < j; k++) if (placeOfTitle(pieces, k, ctx.isKnown) && ctx.isKnown(pieces[k]?.text ?? '')) out.push({ pieces: [pieces[k] as Piece], titled: false, initial: false });
    if (rest.length > 0 && !NAME_CONNECTORS.has(rest[0]?.text ?? '')) {
      out.push({ pieces: rest, titled: true, initial: false });
    }
    return out;
  }

  const inner = generalInBody(pieces.map((p) => p.text), (w) => ctx.isKnown(w) || ctx.isNonName(w)) ? null : innerTitle(pieces, ctx);
  if (inner) {
    // "Bundesbank President Joachim Nagel said": a word before a title and a person names
    // the body the title is held in, even at a sentence start; "Outgoing", "Embattled" do not.
    const body = inner.name.length > 1 || !DESCRIPTIVE.test(inner.name[0]?.text ?? '');
    return [{ pieces: inner.name, titled: false, initial: initial && !body }, { pieces: inner.person, titled: true, initial: false }];
  }

  const resident = hasNameHead(pieces) || ctx.articleBefore?.(pieces[0]?.start ?? 0) === true ? 0 : residentWords(pieces.map((p) => p.text), ctx.isKnown); // "New Yorker Anna Lee" (name-city-demonyms)
  if (resident > 0) [pieces, initial] = [pieces.slice(resident), false];
  // Demonyms open a phrase ("Israeli military") unless they belong to an institution's
  // name ("Palestinian Authority", "Arab League") or are a given name ("Christian Lindner").
  if (ctx.isNonName(pieces[0]?.text ?? '') && !hasNameHead(pieces) && !isServiceSystem(pieces.map((p) => p.text)) && !givenNameFirst(pieces, ctx) && !airlineWithDemonym(pieces, ctx)) {
    while (pieces.length > 0 && (ctx.isNonName(pieces[0]?.text ?? '') || pieces[0]?.connector)) {
      pieces = pieces.slice(1);
      initial = false;
    }
  }
  while (pieces.length > 0 && pieces[pieces.length - 1]?.connector) pieces = pieces.slice(0, -1);
  // "the Texas Republican who chairs …": a known name before a party's or a people's word
  // that ends the run is whose that member is; only the name is one.
  const member = pieces.length > 1 && ctx.isNonName(pieces[pieces.length - 1]?.text ?? '');
  if (member && ctx.isKnown(joinPieces(pieces.slice(0, -1)))) pieces = pieces.slice(0, -1);
  if (pieces.length === 0) return out;
  // Lone title words and single letters are not names: "the President", "I".
  if (pieces.length === 1) {
    const word = pieces[0]?.text ?? '';
    // "MPs", "CEOs": plural acronyms are common nouns.
    if (TITLE_HEADS.has(word) || word.length === 1 || ctx.isNonName(word) || PLURAL_ACRONYM.test(word)) return out;
    if (COMMON_ACRONYMS.has(word)) return out;
  }
  out.push({ pieces, titled: false, initial });
  return out;
}

/** "the White House Council of Economic Advisers": a name of two words or more that stands
 *  alone elsewhere (`isName`), then an institution named in full with its own "of" or "for"
 *  ("Council of Economic Advisers", "National Council of Resistance"), are the body and the
 *  one inside it, two names. Null for anything else: "New York Stock Exchange" has no "of";
 *  a branch named for its place is the body's own name ("Federal Reserve Bank of Kansas
 *  City"); a place before it ("United States Department of Justice") is left to the country
 *  rule. */
export function nestedInstitution(
  pieces: Piece[],
  isName: (name: string) => boolean,
  isPlace: (name: string) => boolean,
): [Piece[], Piece[]] | null {
  for (let k = 2; k <= pieces.length - 3; k++) {
    const rest = pieces.slice(k);
    if (pieces[k - 1]?.connector || rest[0]?.connector) continue;
    const of = rest.findIndex((p) => p.text === 'of' || p.text === 'for');
    if (of < 1 || of > 2 || !ORG_HEADS.has(rest[of - 1]?.text ?? '') || isPlace(joinPieces(rest.slice(of + 1)))) continue;
    const body = pieces.slice(0, k);
    if (isName(joinPieces(body))) return [body, rest];
  }
  return null;
}

/** "the Free Democratic Party of Christian Lindner": an institution's "of" takes a place or a
 *  field ("Bank of England", "Ministry of Defence"), not the person the lexicon knows who
 *  leads it; the body and the person are two names. */
export function personAfterOf(pieces: Piece[], isPerson: (name: string) => boolean): [Piece[], Piece[]] | null {
  const of = pieces.findIndex((p, i) => p.connector && p.text === 'of' && ORG_HEADS.has(pieces[i - 1]?.text ?? ''));
  const person = pieces.slice(of + 1);
  if (of < 1 || person.length === 0 || person.some((p) => p.connector) || !isPerson(joinPieces(person))) return null;
  return [pieces.slice(0, of), person];
}
