// Entity discovery: capitalised names in text, typed, with minimal spans (see
// docs/annotation-guidelines.md). Runs in the content script over whole pages, so every
// step is a linear pass with regexes compiled once at module load.
//
//   tokens + sentences → capitalised runs (name-runs) → trimmed candidates (name-trim)
//   → accepted (sentence openers, name-openers, and headline words need outside evidence;
//     a generic head alone needs a longer name, name-lone-heads)
//   → typed (mention-types): lexicon, the name's own form (name-form), a surname, the
//     votes of every mention's context (entity-typing), then a default.

import { aliasKey, linkKey } from './alias-key';
import { EVENT_HEADS, ORG_HEADS, PLACE_HEADS } from './entity-cues';
import { lawAcronyms, numberFollows } from './law-names';
import { personVerbFollows } from './name-titled-verbs';
import { withPossessiveNames } from './name-possessive-verbs';
import type { Lexicon } from './name-lexicon';
import { capitalisedRuns, type Piece } from './name-runs';
import { isLowerCamelName } from './name-lower-camel';
import { compassCompoundPlace } from './name-compass-compounds';
import { vesselOfKnownPlace } from './product-vessel-places';
import { knownParts } from './name-known-parts';
import { countryPrefixed } from './name-country-prefix';
import { pluralVerbAfter } from './name-side-verbs';
import { withSharedHead } from './name-shared-heads';
import { storedProduct } from './stored-products';
import { missionPieces } from './name-missions';
import { withChannels } from './name-channels';
import { splitAfterParticiple } from './name-participle-places';
import { summitPieces } from './name-summits';
import { givenNameTitle } from './name-given-titles';
import { namesBreed } from './name-breeds';
import { saintPlaceEnd } from './name-saint-places';
import { workTitles } from './name-works';
import { quotedWorkStarts } from './name-quoted-works';
import { aircraftAfter, makerBeforeProduct, namesModel, productNames } from './product-names';
import { typeMentions, type Accepted } from './mention-types';
import { withoutLoneHeads } from './name-lone-heads';
import { openerIsName } from './name-openers';
import { writtenInsideSentence } from './name-opener-inside';
import { afterThe } from './after-the';
import { stateOfAbbreviation } from './state-abbreviations';
import { statesAfterPlaces } from './name-state-after-city';
import { nestedInstitution, personAfterOf, trimRun, type Candidate } from './name-trim';
import { bodyOfPlace } from './name-body-of-place';
import { firmOfTown } from './name-firm-of-town';
import { tradeOfPlace } from './name-trade-of-place';
import { continuesTitledList, opensWithPluralTitle } from './name-plural-titles';
import { withoutPlaceAdjectives } from './places-adjectives';
import { withoutDemonymPhrases } from './name-demonym-phrases';
import { withoutEventAdjectives } from './event-adjectives';
import { withoutCountedAwards } from './name-counted-awards';
import { withoutAirCompounds } from './name-air-compounds';
import { withoutServices } from './name-services';
import { withoutTemperatureScales } from './name-temperature-scales';
import { withoutSportKinds } from './name-sport-kinds';
import { withoutLanguages } from './name-languages';
import { withoutPartyTags } from './name-party-tags';
import { datelineEnds, headlineRanges, ordinaryCase, rangeTest } from './page-lines';
import { datelineRegionNames } from './dateline-region-names';
import { regionsAfterPlaces } from './name-region-after-place';
import { splitSentences, tokenize } from './segment';
import type { EntityMention, EntityType } from './types';

export { findDescriptions } from './descriptions';
export { compileLexicon, PACKED_SEPARATOR, type Lexicon } from './name-lexicon';

const CAP = /^\p{Lu}/u;
const HYPHENS = /[-‑]/;
const BRACKETS = /[[\]]/g;
const SPACES = /\s+/g;
const ALL_CAPS_WORD = /^\p{Lu}[\p{Lu}.'’-]+$/u;
// A possessive right after a word inside a name: "People's Bank", "Workers' Party".
const OWNED_AFTER = /^['’]s?\s/u;
// The rest of a sentence up to its question mark: a modal opening a run ("Will Smith") is the
// question's verb, not a name's first word, when the sentence asks (name-trim.ts asksAfter).
const QUESTION_REST = /^[^.!?\n]*\?/;

function cleanName(text: string, pieces: Piece[]): string {
  const first = pieces[0] as Piece;
  const last = pieces[pieces.length - 1] as Piece;
  return text.slice(first.start, last.end).replace(BRACKETS, '').replace(SPACES, ' ').trim();
}

/** Capitalised names in `text`, typed; canonical is the name as written (aliases are
 *  resolved by groupAliases). */
export function findEntities(text: string, lexicon: Lexicon, productsOut?: Set<string>): EntityMention[] {
  const tokens = tokenize(text);
  const sentences = splitSentences(text);
  const lowerWords = new Set<string>();
  for (const tok of tokens) if (!CAP.test(tok.text) && !isLowerCamelName(tok.text)) lowerWords.add(tok.text.toLowerCase());
  const lexType = (name: string): EntityType | undefined => lexicon.names.get(aliasKey(name)) ?? lexicon.names.get(linkKey(name));
  const isNonName = (name: string): boolean => lexicon.nonNames.has(aliasKey(name));
  const isKnownLex = (name: string): boolean => lexType(name) !== undefined;
  const isMinor = (name: string): boolean => lexicon.minor?.has(aliasKey(name)) === true;

  const runs = capitalisedRuns({
    text,
    tokens,
    sentences,
    headlineAt: rangeTest(headlineRanges(text, tokens)),
    isName: isKnownLex,
    isPlace: (name) => lexType(name) === 'place',
    isMinorPlace: isMinor,
    isNonName,
  })
    .flatMap((run) => splitAfterParticiple(text, run, isKnownLex))
    .filter((run) => !namesModel(text, run, isKnownLex) && !namesBreed(text, run, isKnownLex));
  const hasHead = (w: string): boolean => ORG_HEADS.has(w) || PLACE_HEADS.has(w) || EVENT_HEADS.has(w);
  const products = productNames(text, runs, isKnownLex, hasHead);
  for (const p of products) productsOut?.add(p);
  const works = workTitles(text, runs);
  const quotedWorks = quotedWorkStarts(text, runs); // name-quoted-works
  const named = runs.filter((run) => {
    if (quotedWorks.has(run[0]?.start ?? -1)) return false;
    if (works.size > 0 && works.has(text.slice(run[0]?.start ?? 0, run[run.length - 1]?.end ?? 0))) return false;
    const name = run.map((p) => p.text).filter((w, i) => i > 0 || w !== 'The').join(' ');
    const ship = vesselOfKnownPlace(text, run[0]?.start ?? 0, run[run.length - 1]?.end ?? 0, name, isMinor); // "the battleship Missouri"
    return !ship && !products.has(name) && !storedProduct(text, run, aliasKey(name), lexicon);
  });

  // Pass 1: body names whose capital letter is evidence on its own.
  const ctx = {
    isKnown: isKnownLex,
    isNonName,
    isLowerElsewhere: (w: string) => lowerWords.has(w.toLowerCase()),
    numberAfter: (offset: number) => numberFollows(text, offset),
    asksAfter: (offset: number) => QUESTION_REST.test(text.slice(offset, offset + 300)),
    aircraftAfter: (offset: number) => aircraftAfter(text, offset),
    personVerbAfter: (offset: number) => personVerbFollows(text, offset),
    writtenInside: (phrase: string) => writtenInsideSentence(text, phrase),
    articleBefore: (offset: number) => afterThe(text, offset),
  };
  const accepted: Accepted[] = [];
  const deferred: Candidate[] = [];
  const headlines: Piece[][] = [];
  const seen = new Set<string>();
  const standsAlone = new Set<string>();
  const datelines = datelineEnds(text);
  const regions = new Map([...regionsAfterPlaces(text), ...statesAfterPlaces(text), ...datelineRegionNames(text, datelines)]);
  const accept = (cand: Candidate): void => {
    let name = cleanName(text, cand.pieces);
    const words = cand.pieces.map((p) => p.text);
    const first = cand.pieces[0] as Piece;
    const last = cand.pieces[cand.pieces.length - 1] as Piece;
    let forced: EntityType | undefined;
    if (datelines.has(last.end) && words.every((w) => ALL_CAPS_WORD.test(w))) {
      name = isKnownLex(name) ? name : ordinaryCase(name);
      forced = 'place';
    } else if (countryPrefixed(words, lexType)) {
      name = cleanName(text, cand.pieces.slice(1));
    }
    accepted.push({ start: first.start, end: last.end, name, words, cand, forced });
    seen.add(aliasKey(name));
    // Each word of a longer name may stand for it ("Witkoff"), but not a conjunct of an
    // institution named with "and": "Food prices rose. The Food and Drug Administration …".
    // A side of a hyphenated word stands for it too: "Flensburg’s coach" after "SG
    // Flensburg-Handewitt". Not a plural the name owns ("People's Bank of China": "People
    // still buy" is the common noun).
    const owned = (i: number): boolean => i < words.length - 1 && OWNED_AFTER.test(text.slice(cand.pieces[i]?.end ?? 0));
    if (words.length > 1 && !words.includes('and')) words.forEach((w, i) => owned(i) || [w, ...w.split(HYPHENS)].forEach((part) => seen.add(part)));
    // A name's last word stands for it ("Witkoff", "the Reserve"); its other words may be
    // common words ("Federal", "Controllers").
    standsAlone.add(aliasKey(name));
    standsAlone.add(words[words.length - 1] ?? '');
  };
  // Names the page writes as a whole run of their own ("the White House said"), which may
  // open a longer run as the body an institution belongs to.
  const alone = new Set<string>();
  for (const run of named) {
    const words = run.map((p) => p.text);
    if (words[0] === 'The') words.shift();
    if (words.length > 1 && !run[0]?.headline) alone.add(words.join(' '));
  }
  const isBody = (name: string): boolean => lexType(name) !== 'place' && (isKnownLex(name) || alone.has(name));
  // The last run of a list a plural title opened ("Senators Wyden and Warner").
  let titledList: Piece[] | null = null;
  const isOther = (name: string): boolean => isKnownLex(name) && lexType(name) !== 'person';
  for (const run of named) {
    const listed: boolean = titledList !== null && continuesTitledList(titledList, run, text, isOther);
    titledList = listed || opensWithPluralTitle(run) ? run : null;
    if (run[0]?.headline) {
      headlines.push(run);
      continue;
    }
    // "PORT SUDAN, Sudan —", "PORT HARCOURT, Nigeria —": a dateline in capitals is one
    // place, whatever its first word would be at a sentence start.
    const lastPiece = run[run.length - 1] as Piece;
    const regionEnd = run.length === 1 ? regions.get(lastPiece.start) : undefined;
    if (regionEnd !== undefined) {
      const written = text.slice(lastPiece.start, regionEnd);
      const name = stateOfAbbreviation(written) ?? written;
      accepted.push({ start: lastPiece.start, end: regionEnd, name, words: [written], cand: { pieces: run, titled: false, initial: false }, forced: 'place' });
      continue;
    }
    // "south of St. John's, Newfoundland": a saint's name with its possessive alone is a place.
    const saintEnd = saintPlaceEnd(text, run);
    if (saintEnd !== undefined) {
      const written = text.slice((run[0] as Piece).start, saintEnd);
      accepted.push({ start: (run[0] as Piece).start, end: saintEnd, name: written, words: [written], cand: { pieces: run, titled: false, initial: false }, forced: 'place' });
      continue;
    }
    if (run.length > 1 && datelines.has(lastPiece.end) && run.every((p) => ALL_CAPS_WORD.test(p.text))) {
      accept({ pieces: run, titled: false, initial: true });
      continue;
    }
    for (const found of givenNameTitle(run, text) ?? trimRun(run, ctx)) {
      const cand = listed ? { ...found, titled: true, initial: false } : found;
      const single = cand.pieces.length === 1;
      const last = cand.pieces[cand.pieces.length - 1] as Piece;
      if (datelines.has(last.end)) accept(cand);
      else if (single && cand.initial && !cand.titled) deferred.push(cand);
      else if (!single && !isKnownLex(cleanName(text, cand.pieces)) && !countryPrefixed(cand.pieces.map((p) => p.text), lexType)) {
        // Known names side by side are separate names: "U.S. Middle East envoy".
        const parts = knownParts(cand.pieces, isKnownLex);
        const covered = parts.reduce((n, part) => n + part.length, 0) === cand.pieces.length;
        // … unless cities or regions take a plural verb as one: a side ("Bayern Munich have
        // signed"); a country is never part of a club's name.
        const side = parts.every((part) => isMinor(cleanName(text, part))) && pluralVerbAfter(text.slice(last.end, last.end + 20));
        const isLexPlace = (n: string): boolean => lexType(n) === 'place';
        const split = covered && parts.length > 1 && !side && !compassCompoundPlace(cand.pieces.map((p) => p.text), isLexPlace); // "North-East Atlantic" (name-compass-compounds)
        const nested = split
          ? parts
          : (nestedInstitution(cand.pieces, isBody, isLexPlace) ??
            personAfterOf(cand.pieces, (n) => lexType(n) === 'person') ??
            (bodyOfPlace(cand.pieces, text, isLexPlace) ?? firmOfTown(cand.pieces, text, isLexPlace) ?? tradeOfPlace(cand.pieces, isLexPlace)));
        const maker = nested ? 0 : makerBeforeProduct(text, cand.pieces, (n) => lexType(n) === 'org', isKnownLex, hasHead);
        if (nested) for (const part of nested) accept({ ...cand, pieces: part });
        else if (maker > 0) {
          accept({ ...cand, pieces: cand.pieces.slice(0, maker) });
          productsOut?.add(cand.pieces.slice(maker).map((p) => p.text).join(' '));
        }
        else accept(cand);
      } else accept(cand);
    }
  }

  // Pass 2: a lone sentence-opening word or a headline word needs other evidence: the
  // lexicon, the same name elsewhere in the body, or a cue after it (name-openers).
  const isSeen = (name: string): boolean => isKnownLex(name) || seen.has(aliasKey(name));
  const isInnerWord = (word: string): boolean => seen.has(word) && !standsAlone.has(word) && !isKnownLex(word);
  const opener = { isSeen, isKnown: isKnownLex, isLowerElsewhere: ctx.isLowerElsewhere, isInnerWord };
  // … and an opener named by its own evidence names the same word opening an earlier sentence
  // ("Ismaily beat …" … "Ismaily, founded in 1924,"); a word seen only inside longer names does not.
  const waiting: Candidate[] = [];
  const namedOpeners = new Set<string>();
  // Coined names in lower case first, so an opener listed with one has it seen ("Ryanair and easyJet").
  const camelFirst = (c: Candidate): number => (isLowerCamelName((c.pieces[0] as Piece).text) ? 0 : 1);
  for (const cand of [...deferred].sort((x, y) => camelFirst(x) - camelFirst(y))) {
    const p = cand.pieces[0] as Piece;
    if (openerIsName(text, p, opener)) {
      accept(cand);
      namedOpeners.add(p.text);
    } else waiting.push(cand);
  }
  for (const cand of waiting) if (namedOpeners.has((cand.pieces[0] as Piece).text)) accept(cand);
  for (const run of headlines) {
    for (const part of knownParts(run, isSeen)) accept({ pieces: part, titled: false, initial: false });
  }
  // "The DMA, which has applied since …" after "the Digital Markets Act": a law's acronym.
  const laws = lawAcronyms(runs);
  for (const p of [...missionPieces(text), ...summitPieces(text)]) {
    accepted.push({ start: p.start, end: p.end, name: p.text, words: [p.text], cand: { pieces: [p], titled: false, initial: false }, forced: 'event' });
  }
  // "on France 2": a country and a channel's number is a broadcaster (name-channels).
  const channelled = withChannels(accepted, text, (n) => lexType(n) === 'place' && !isMinor(n));
  const kept = withoutLoneHeads(channelled, isKnownLex, text)
    .filter((a) => a.words.length > 1 || !laws.has(a.name))
    .map((a) => withSharedHead(a, text));
  const mentions = typeMentions(text, kept, lexType, isNonName, lexicon.surnames, lexicon.minor);
  const unplaced = withoutDemonymPhrases(withoutPlaceAdjectives(mentions, (n) => lexType(n) === 'place', isKnownLex), isNonName);
  const uncounted = withoutCountedAwards(withoutEventAdjectives(unplaced, text, (n) => lexType(n) === 'event', isKnownLex), text);
  return withoutLanguages(withoutSportKinds(withoutTemperatureScales(withPossessiveNames(withoutServices(withoutPartyTags(withoutAirCompounds(uncounted, text), text, (n) => lexType(n) === 'place'), text), text), text)));
}
