// Capitalised runs: the raw material of entity discovery. Tokens become "pieces" (possessive
// and hyphen suffixes cut off, "Hamas-run" → "Hamas"; name-pieces), and adjacent capitalised
// pieces join into runs ("Ben Gurion Airport", "Secretary [of State Marco] Rubio"). Typing and trimming
// happen later, in entities.ts; whether an "and" joins a name is name-conjuncts.ts's call.

import { NAME_CONNECTORS, ORG_HEADS } from './entity-cues';
import { CALENDAR, CALENDAR_ABBREVIATIONS } from './calendar-words';
import { knownWithAnd, mayTakeAnd, splitAtAnd } from './name-conjuncts';
import { utilityAnd } from './name-utility-pairs';
import {
  articleAfterFor, calendarInName, NAME_GAP, opensSurname, peoplesBefore, slashJoined, takesFor, takesOf,
} from './name-run-joins';
import { chamberListEnd } from './name-chambers';
import { railwayListEnd } from './name-railway-lists';
import { koreanGivenName } from './name-korean-given-names';
import { fieldListEnd } from './name-field-lists';
import { committeeOn, onBodyEnd } from './name-on-bodies';
import { campusEnd } from './name-campuses';
import { churchBody } from './name-church-bodies';
import { clockWord } from './name-clock-words';
import { timeZoneAfterClock } from './name-time-zones';
import { ownerOfNext } from './name-plural-owner';
import { possessiveName } from './name-possessive';
import { isElidedParticle } from './name-elisions';
import { saintsAnd } from './name-saints';
import { isLowerCamelName } from './name-lower-camel';
import { menPluralOwnsHead } from './name-men-plurals';

import { possessiveFirm } from './name-possessive-firms';
import { possessiveTitle } from './name-possessive-titles';
import { eventNameOf } from './name-event-of';
import { hallOfFameOf } from './name-halls-of-fame';
import { forBetweenBodies } from './name-for-bodies';
import { peopleForOpen } from './name-for-groups';
import { regionAfterOf } from './name-regions';
import { demonymNounAfterOf } from './name-of-demonym';
import { feastOpensDay, newYearsDay } from './name-holidays';
import { monthOpensEvent } from './name-month-events';
import { monthOpensGivenName } from './name-month-given-names';
import { seasonOpensPlace } from './name-season-places';
import { seasonOpensStorm } from './name-season-storms';
import { IRREGULAR_PLURAL_POSSESSIVE, piece, piecesOf, type Piece, type PieceInput } from './name-pieces';
import { bracketSpellsOut, joinSpeltNames, wordForPlace } from './name-spelt';
import type { Sentence, Token } from './types';

export type { Piece } from './name-pieces';

const CAP = /^\p{Lu}/u;
const DIGITS = /^\d/;
const NUMBERED_IN_NAME = /^No\.[ \t\u00a0](\d{1,3})[ \t\u00a0]+\p{Lu}\p{Ll}/u;
const OPENERS = /[“‘(:—–]|(?:^|\s)"$/;
const BRACKET_GAP = /^(?:\s*\[|\]\s*|\s+\[|\]\s+)$/;
const INITIAL_GAP = /^\.\s+$/;
// "Prisoners’ Club": a plural possessive inside a name (the apostrophe is not in the token).
const PLURAL_POSSESSIVE_GAP = /^['’][ \t\u00a0]+$/;
const IRREGULAR_POSSESSIVE_GAP = /^['’]s[ \t\u00a0]+$/;
const SINGLE_CAPITAL = /^\p{Lu}$/u;

// "the Food and Drug Administration": the gap around an "and" inside a name (name-conjuncts).
const AND_GAP = /^[ \t\u00a0]+$/;

export interface RunInput extends PieceInput {
  /** Places the lexicon knows: "US/UK" is two countries, never one name. */
  isPlace?: (name: string) => boolean;
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  headlineAt: (offset: number) => boolean;
}

/** Every capitalised run of `text`, in order; each run is a list of pieces. */
export function capitalisedRuns(input: RunInput): Piece[][] {
  const { text, tokens, sentences } = input;
  const whole: Piece[][] = [];
  let current: Piece[] = [];
  let s = 0;
  let prevEnd = -1;
  let firstInSentence = true;
  // The run holds an institution's head with its "of" or "for" ("Organisation for the
  // Prohibition"): a later "of" goes on naming it ("… of Chemical Weapons"). Titles do not
  // count, so "Secretary of State Marco Rubio of Florida" still ends at Rubio.
  let institution = false;
  const flush = (): void => {
    institution = false;
    // A run never ends on a connector: "Bank of" + "England" failed, drop the "of".
    while (current.length > 0 && current[current.length - 1]?.connector) current.pop();
    if (current.length > 0) whole.push(current);
    current = [];
  };
  for (let index = 0; index < tokens.length; index++) {
    const tok = tokens[index]!;
    while (s < sentences.length && (sentences[s]?.end ?? 0) <= tok.start) {
      s++;
      firstInSentence = true;
      flush();
    }
    const gap = prevEnd < 0 ? '' : text.slice(prevEnd, tok.start);
    const initial = firstInSentence || OPENERS.test(gap);
    firstInSentence = false;
    prevEnd = tok.end;
    // "the Bureau of Alcohol, Tobacco, Firearms and Explosives": a field listed with commas
    // goes on the run whole (name-field-lists says when it is one).
    // "the House Energy and Commerce Committee", "the Senate Health, Education, Labor and
    // Pensions Committee": a chamber's committee named by its fields (name-chambers).
    // "the Council on Foreign Relations": a body named by what it works on (name-on-bodies).
    const listed =
      institution && gap.startsWith(',')
        ? fieldListEnd(current, tokens, index, text, input)
        : current.length > 1 && (gap.startsWith(',') || tok.text === 'and')
          ? chamberListEnd(current, tokens, index, text)
          : tok.text === 'on' && current.length > 0
            ? onBodyEnd(current, tokens, index, text, input)
            : tok.text === 'at' && current.length > 0
              ? campusEnd(current, tokens, index, text, input)
              : -1;
    // "the Atchison, Topeka and Santa Fe Railway": a railway named by its places (name-railway-lists).
    const listEnd = listed >= 0 || !gap.startsWith(',') ? listed : railwayListEnd(current, tokens, index, text);
    if (listEnd >= 0) {
      for (; index <= listEnd; index++) {
        const t = tokens[index]!;
        const p = piece(t.start, t.end, t.text, !CAP.test(t.text), false, false, false);
        p.headline = input.headlineAt(t.start);
        current.push(p);
      }
      index = listEnd;
      prevEnd = tokens[listEnd]!.end;
      continue;
    }
    // Inside an institution's name ("Department of Health"), an "and" before a capitalised
    // word may go on too; splitAtAnd decides.
    const inInstitution = (institution || peopleForOpen(current)) && current[current.length - 1]?.connector === false && CAP.test(tokens[index + 1]?.text ?? '');
    if (tok.text === 'and' && AND_GAP.test(gap) && (mayTakeAnd(current, text) || knownWithAnd(current, tokens, index, input) || inInstitution || saintsAnd(current, tokens, index) || utilityAnd(current, tokens, index))) {
      current.push(piece(tok.start, tok.end, 'and', true, false, false, false));
      continue;
    }
    // "China Railway No. 10 Engineering Group": a unit's number between a name's words.
    const numbered = current.length > 0 && NAME_GAP.test(gap) ? NUMBERED_IN_NAME.exec(text.slice(tok.start, tok.start + 12)) : null;
    if (numbered && !current[current.length - 1]!.connector && !current[current.length - 1]!.closes) {
      const digitsStart = tok.start + numbered[0].indexOf(numbered[1]!);
      current.push(piece(tok.start, tok.start + 3, 'No.', false, false, false, false));
      current.push(piece(digitsStart, digitsStart + numbered[1]!.length, numbered[1]!, false, false, false, false));
      while (index + 1 < tokens.length && tokens[index + 1]!.end <= digitsStart + numbered[1]!.length) index++;
      prevEnd = tokens[index]!.end;
      continue;
    }
    // "Airbus A350", "an MQ9 drone": letters glued to the digits after them are a model's
    // code, not a name or part of the maker's.
    const glued = tokens[index + 1]?.start === tok.end && DIGITS.test(tokens[index + 1]?.text ?? '');
    const korean = glued ? null : koreanGivenName(tokens, index, text); // "Son Heung-min" (name-korean-given-names)
    const pieces = glued ? [] : korean ? [korean] : piecesOf(tok, input);
    // "Italian-Thai Development": peoples joined by a hyphen before a name's other words
    // open it (alone, "Italian-Thai talks", they are adjectives and no name).
    if (pieces.length === 0 && !glued && peoplesBefore(tokens, index, text, input)) {
      pieces.push(piece(tok.start, tok.end, tok.text, false, false, false, false));
    }
    if (pieces.length === 0) {
      flush();
      continue;
    }
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i]!;
      const last = current[current.length - 1];
      // A dropped prefix ("pro-", "ו-") is part of the gap: "Netanyahu ו-Hamas" is two names.
      const pieceGap = i > 0 ? '-' : p.start > tok.start ? gap + text.slice(tok.start, p.start) : gap;
      const joins =
        last !== undefined &&
        !isLowerCamelName(p.text) && // "Apple iPhone": two runs (name-lower-camel)
        ((!last.closes &&
          (NAME_GAP.test(pieceGap) ||
            BRACKET_GAP.test(pieceGap) ||
            // Not after a name of its own, which owns what follows (name-plural-owner).
            (PLURAL_POSSESSIVE_GAP.test(pieceGap) && last.text.endsWith('s') && !p.connector && !ownerOfNext(current.map((c) => c.text).join(' '), text, input)) ||
            (IRREGULAR_POSSESSIVE_GAP.test(pieceGap) && IRREGULAR_PLURAL_POSSESSIVE.test(`${last.text}’s`) && !p.connector) ||
            (INITIAL_GAP.test(pieceGap) && SINGLE_CAPITAL.test(last.text)) ||
            slashJoined(last.text, p.text, pieceGap, input))) ||
          // "Moody's RMS": a possessive that is part of a company's name (name-possessive).
          (last.closes && pieces.length === 1 && (possessiveName(current, tokens, index, text, input) || possessiveFirm(current, tokens, index, text, input) || menPluralOwnsHead(last, p, text, input.isName) || possessiveTitle(current, tokens, index, text, input) || newYearsDay(current.map((c) => c.text), p.text))));
      const beforeNumber = DIGITS.test(tokens[index + 1]?.text ?? '');
      const calendar =
        (CALENDAR.has(p.text) && !(p.text === 'May' && last && !last.connector && joins) && !calendarInName(p.text, last, joins, initial && i === 0, input.headlineAt(p.start), input) &&
          !seasonOpensPlace(p.text, text.slice(p.end, p.end + 24)) && !seasonOpensStorm(p.text, text.slice(p.end, p.end + 24)) && !monthOpensEvent(p.text, text.slice(p.end, p.end + 16)) && !(last === undefined && monthOpensGivenName(p.text, text.slice(Math.max(0, p.start - 16), p.start), text.slice(p.end, p.end + 40))) && !feastOpensDay(p.text, text.slice(p.end, p.end + 8))) ||
        (CALENDAR_ABBREVIATIONS.has(p.text) && beforeNumber) || clockWord(text, p.start, p.end) || timeZoneAfterClock(text, p.start, p.end);
      if (calendar) {
        flush();
        continue;
      }
      if (p.connector && (last === undefined || !joins) && opensSurname(tokens, index, text)) {
        // "meeting von der Leyen": the particles open the surname, not a connector inside.
        flush();
        p.headline = input.headlineAt(p.start);
        current.push(p);
        continue;
      }
      if (p.connector) {
        // "of" only after a head word ("Bank of"), "the" only after "of", others between
        // names, two at most ("Ursula von der Leyen", "Mário de la Cruz").
        const prevWord = last?.text ?? '';
        const secondConnector = last?.connector === true && NAME_CONNECTORS.has(prevWord) && NAME_CONNECTORS.has(p.text) && !current[current.length - 2]?.connector;
        const ok =
          joins &&
          !last.softClose &&
          (p.text === 'of'
            ? demonymNounAfterOf(tokens, index, text, input) ? false : takesOf(prevWord) || ((institution || churchBody(current.map((c) => c.text))) && !last.connector) || bracketSpellsOut(current, tokens, index, text) ||
              regionAfterOf(current, tokens, index, text, input) || eventNameOf(current, tokens, index, text) ||
              hallOfFameOf(prevWord, tokens, index)
            : p.text === 'for'
              ? (takesFor(prevWord) && !forBetweenBodies(current, tokens, index, text, input)) || bracketSpellsOut(current, tokens, index, text) || wordForPlace(current, tokens, index, text, input)
              : p.text === 'on'
                ? committeeOn(prevWord, tokens, index, text, input)
              : p.text === 'the'
                ? prevWord === 'of' || prevWord === 'for' || prevWord === 'on'
                : p.text === 'a' || p.text === 'an'
                  ? articleAfterFor(current, input.headlineAt(p.start))
                  : !last.connector || secondConnector);
        if (ok) {
          // "on" joins only after a body's head (committeeOn).
          if (((p.text === 'of' || p.text === 'for') && ORG_HEADS.has(prevWord)) || p.text === 'on') institution = true;
          p.headline = input.headlineAt(p.start);
          current.push(p);
        } else flush();
        continue;
      }
      if (!joins) flush();
      // "d'Arcole" only continues a name (name-elisions).
      if (!joins && isElidedParticle(p.text)) continue;
      p.initial = (initial && i === 0) || isLowerCamelName(p.text);
      p.headline = input.headlineAt(p.start);
      current.push(p);
    }
  }
  flush();
  // Runs with no "and" that do not open a sentence: names the page writes on their own.
  const alone = new Set<string>();
  for (const run of whole) {
    const words = run[0]?.text === 'The' ? run.slice(1) : run;
    const opens = run[0]?.initial === true && run[0] === words[0];
    if (words.length > 0 && !opens && !run.some((p) => p.text === 'and')) alone.add(words.map((p) => p.text).join(' '));
  }
  return joinSpeltNames(whole.flatMap((run) => splitAtAnd(run, input, alone)), text);
}
