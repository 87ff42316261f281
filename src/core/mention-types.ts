// Typing of accepted name mentions: the lexicon (a city giving way to clear contrary cues),
// then the name's own form (name-form), then a surname of a person named in full, then the
// votes of every mention's context (entity-typing), then a default. Split from entities.ts,
// which finds and accepts the mentions.

import { afterThe } from './after-the';
import { aliasKey } from './alias-key';
import { spelledBy } from './alias-pairs';
import { TOWER_HEADS } from './entity-cues';
import { voteContext } from './entity-typing';
import { bestVote, defaultType, noVotes, type Votes } from './type-votes';
import { ownVotes } from './stored-types';
import { eventNamedForWord, headWord, structuralType } from './name-form';
import { arena, competition, league, region, surnamed, venue } from './mention-head-votes';
import { leadingOrg as leadingOrgOf } from './mention-leading-org';
import { firmWithSuffixOnPage } from './name-firm-short-forms';
import { compassPlace, namesPlace, peoplesOpen, sportsClub } from './mention-place-forms';
import { isSportBody } from './name-sport-bodies';
import { sportWordInName } from './name-sport-words';
import { isProjectName } from './name-projects';
import { saysItAsFirm } from './name-firm-clause';
import { crossingHead } from './name-crossings';
import { nordicPlaceWord } from './name-nordic-places';
import { spanishPlaceOpener } from './name-spanish-places';
import { spanishArticlePlace } from './name-spanish-article-places';
import { placeFormOfficials, placeFormSpeaker } from './name-place-form-speakers';
import { landformHead } from './name-landforms';
import { seafloorHead } from './name-seafloor';
import { planetEarth } from './name-planet-earth';
import { holderApposition } from './name-owner-appositions';
import { partyConvention } from './name-party-conventions';
import { runObject } from './name-run-objects';
import { streetOrChurch } from './name-streets';
import { theatreBuilding } from './name-theatres';
import { campPlace } from './name-camps';
import { capsBodyType } from './name-caps-bodies';
import { holidayType } from './name-holidays';
import { bandNames } from './name-bands';
import { hallOfFameName } from './name-halls-of-fame';
import { standingOpenerType } from './name-standing-openers';
import { townNounAfter } from './name-town-nouns';
import { stateOfAbbreviation } from './state-abbreviations';
import { athleticConference } from './name-athletic-conferences';
import { surnameHeadPerson } from './name-surname-heads';
import { employerOfPerson } from './name-person-employers';
import { capsKnownPlace } from './name-caps-places';
import { daySurnameSpeaks } from './name-day-surnames';
import { wildfireEvent } from './name-wildfires';
import { fireServiceSpeaks } from './name-fire-services';
import { settlementPredicate } from './name-settlement-predicates';
import { namesPartOfBody } from './name-body-parts';
import { articlePlace } from './name-article-places';
import type { Candidate } from './name-trim';
import type { EntityMention, EntityType } from './types';

const HYPHEN = /[-‑]/;

export interface Accepted {
  start: number;
  end: number;
  name: string;
  words: string[];
  cand: Candidate;
  /** Type fixed by the position (a dateline is a place). */
  forced?: EntityType;
}

/** Types every accepted mention; all mentions of one name get one type. */
export function typeMentions(
  text: string,
  accepted: Accepted[],
  lexType: (name: string) => EntityType | undefined,
  isNonName: (name: string) => boolean,
  knownSurnames: Set<string> | undefined,
  minor: Set<string> | undefined,
): EntityMention[] {
  const votes = new Map<string, Votes>();
  const withArticle = new Set<string>(); // one-word names written as "the X"
  // "Albany, N.Y.": a state's abbreviation is a place the lexicon need not hold.
  const isPlace = (name: string): boolean => lexType(name) === 'place' || stateOfAbbreviation(name) !== undefined;
  const isMinor = (name: string): boolean => minor?.has(aliasKey(name)) === true;
  for (const a of accepted) {
    const key = aliasKey(a.name);
    let v = votes.get(key);
    if (!v) votes.set(key, (v = noVotes()));
    const orgSuffix = a.cand.pieces.some((p) => p.orgSuffix);
    const theBefore = afterThe(text, a.start);
    if (theBefore && a.words.length === 1) withArticle.add(a.name);
    voteContext({ text, start: a.start, end: a.end, titled: a.cand.titled, orgSuffix, afterThe: theBefore, isPlace }, v);
    if (runObject(text, a.start, a.end)) v.org += 3;
  }
  const resolved = new Map<string, EntityType>();
  // Names that say "it" of a firm's business ("Ford said it would cut jobs").
  const firmSpeakers = new Set(accepted.filter((a) => saysItAsFirm(text.slice(a.end, a.end + 300))).map((a) => aliasKey(a.name)));
  const bands = bandNames(text, accepted, aliasKey); // "the rock band Rush": a body (name-bands)
  const firmOnly = (name: string, v: Votes): boolean => firmSpeakers.has(aliasKey(name)) && v.person === 0 && v.team === 0;
  const weighed = new Map<string, number>();
  // A place the lexicon knows, the page's dateline names ("GALVESTON, Texas —") or the page has
  // typed one already.
  const datelined = new Set(accepted.filter((a) => a.forced === 'place').map((a) => a.name.toLowerCase()));
  const placeSoFar = (name: string): boolean =>
    isPlace(name) || datelined.has(name.toLowerCase()) || resolved.get(aliasKey(name)) === 'place';
  const typeOf = (a: Accepted): EntityType => {
    const key = aliasKey(a.name);
    const known = resolved.get(key);
    if (known) return known;
    const v = votes.get(key) ?? noVotes();
    const mentionsPlace = namesPlace(a.words, lexType, isMinor, isNonName);
    // The short form alone elsewhere in the text: "Aston Villa" … "Villa manager Unai Emery".
    const lastWord = a.words[a.words.length - 1] ?? '';
    // Not a company that speaks as "it" by the last word of a two-word name: a company is
    // named for its founder's surname ("Henry Ford … Ford said it would cut jobs"), and
    // written short by its first word ("Goldman" of "Goldman Sachs").
    const short = votes.get(lastWord) ?? noVotes();
    const founder = a.words.length === 2 && firmOnly(lastWord, short);
    const shortVote = a.words.length > 1 && singles.has(lastWord) && !founder ? bestVote(short) : null;
    const decided =
      a.forced ??
      (bands.has(key) && !a.cand.titled ? 'org' : null) ??
      lexicalType(a, v) ??
      sportsClub(a.words, isPlace) ??
      (isSportBody(a.words, isPlace) ? 'org' : null) ?? // "Cricket Australia" (name-sport-bodies)
      (isProjectName(a.words) ? 'org' : null) ?? // "Project Veritas" (name-projects)
      compassPlace(a.words, text, a.start, isPlace) ??
      (articlePlace(a.words, isPlace) && !a.cand.titled ? 'place' : null) ?? // "La Palma" (name-article-places)
      (planetEarth(a.words, text, a.start, a.end) ? 'place' : null) ??
      holidayType(a.words) ??
      (daySurnameSpeaks(a.words, text.slice(Math.max(0, a.start - 6), a.start), text.slice(a.end, a.end + 80), isPlace) ? 'person' : null) ??

      athleticConference(a.words, text.slice(a.end, a.end + 40), text.slice(Math.max(0, a.start - 100), a.start).split(/[.!?]\s/u).pop()) ??
      competition(a.words, a.name, v) ??
      league(a.words, a.name, v) ??
      venue(a.words, a.name, v) ??
      arena(a.words, v) ??
      surnamed(a.words, v) ??
      (surnameHeadPerson(a.words, v.person, v.org, surnames.has(a.name)) ? 'person' : null) ??
      region(a.words, v) ??
      (hallOfFameName(a.words) ? 'org' : null) ??
      // "the Petit Pont", "Notre-Dame de Paris" (name-streets); "at the Dominion Theatre" (name-theatres).
      streetOrChurch(a.words, v.person, v.org) ??
      theatreBuilding(a.words, v.org, v.person) ??
      campPlace(a.words, v.org, v.person) ??
      (partyConvention(a.words) ? 'event' : null) ??
      wildfireEvent(a.words, v.person, text, a.start, a.end) ??
      (fireServiceSpeaks(a.words, text.slice(a.end, a.end + 30)) && !a.cand.titled ? 'org' : null) ?? // "Cal Fire said" (name-fire-services)
      (v.person === 0 && settlementPredicate(text.slice(a.end, a.end + 160)) ? 'place' : null) ??
      // "the ship's owner, Grace Ocean,": a place's head on a role's holder (name-owner-appositions).
      (capsKnownPlace(a.words, lexType, v.place, v.org, text.slice(a.end, a.end + 80)) ? 'place' : null) ??
      (structuralType(a.words, a.name) === 'place' && holderApposition(text, a.start) ? 'org' : null) ??
      (structuralType(a.words, a.name) === 'place' && firmWithSuffixOnPage(a, accepted, typeOf, text) ? 'org' : null) ?? // name-firm-short-forms
      structuralType(a.words, a.name) ??
      peoplesOpen(a.words, isNonName) ??
      // "An Garda Síochána said": a name with the Irish article of its own (name-body-openers)
      // is a body's; a person's name takes none.
      (a.words.length > 1 && a.words[0] === 'An' ? 'org' : null) ??
      // "the Eiffel Tower", "from the Eiffel Tower": a tower is a building whatever "the"
      // votes, unless a title or a person's cue made it one ("Senator John Tower said").
      (a.words.length > 1 && TOWER_HEADS.has(headWord(a.words)) && v.person === 0 ? 'place' : null) ??
      // "below the Hillary Step", "the Holland Tunnel": a mountain's feature or a crossing,
      // where no body's or person's cue is stronger than the "the" before it (name-landforms,
      // name-crossings).
      ((landformHead(a.words, text.slice(a.end, a.end + 16)) || seafloorHead(a.words, v.person, text.slice(Math.max(0, a.start - 5), a.start), text.slice(a.end, a.end + 80)) || crossingHead(a.words, placeSoFar)) && v.org < 2 && v.person < 2 && leadingOrg(a) === undefined
        ? 'place'
        : null) ??
      (placeFormOfficials(a.words, text.slice(Math.max(0, a.start - 12), a.start), text.slice(a.end, a.end + 16), v) ? 'place' : null) ?? // "Puerto Montt officials"
      (placeFormSpeaker(a.words, text.slice(Math.max(0, a.start - 12), a.start), v.person, v.org, text.slice(a.end, a.end + 24)) && !a.cand.titled ? 'org' : null) ?? // "Hafnarfjörður said"
      (nordicPlaceWord(a.words) && v.org < 2 && v.person < 2 ? 'place' : null) ?? // "Fagradalsfjall" (name-nordic-places)
      (spanishPlaceOpener(a.words) && v.org < 2 && v.person < 2 ? 'place' : null) ?? // "Punta Arenas" (name-spanish-places)
      (spanishArticlePlace(a.words, text.slice(Math.max(0, a.start - 12), a.start)) && !a.cand.titled && v.org < 2 && v.person < 2 ? 'place' : null) ?? // "El Hierro" (name-spanish-article-places)
      // … unless the surname alone speaks of a firm's business as "it" (the founder's company).
      (a.words.length === 1 && (surnames.has(a.name) || knownSurnames?.has(a.name) || givenNames.has(a.name)) && !firmOnly(a.name, v) ? 'person' : null) ??
      (a.words.length === 1 && (orgOpeners.has(a.name) || orgParts.has(a.name)) && !titled.has(a.name) ? 'org' : null) ??
      standingOpenerType(a.words, v, text) ??
      capsBodyType(a.words, v, text.slice(Math.max(0, a.start - 200), a.start), text.slice(a.end, a.end + 120), text) ??
      (sportWordInName(a.words) && !a.cand.titled ? 'org' : null); // "Pro Football Focus said" (name-sport-words)
    if (decided !== null) {
      resolved.set(key, decided);
      return decided;
    }
    const type =
      bestVote(v) ??
      (leadingOrg(a) !== undefined ? 'org' : null) ??
      (shortVote !== null && shortVote !== 'person' ? shortVote : null) ??
      // "Philadelphia Eagles" … "the Eagles": a short form with an article is no surname.
      (a.words.length > 1 && withArticle.has(a.words[a.words.length - 1] ?? '') ? 'org' : null) ??
      // "Jordan Pryce … Pryce said": a country that is also a given name, before a surname
      // that speaks as a person on its own.
      (mentionsPlace && a.words.length === 2 && shortVote === 'person' ? 'person' : null) ??
      // "Michael Carlinsky of Quinn Emanuel": whom a person named in full works for (name-person-employers).
      (employerOfPerson(a, accepted, text, typeOf, isPlace) ? 'org' : null) ??
      defaultType(a.words, mentionsPlace);
    resolved.set(key, type);
    // Typed by the context's votes alone: how strongly, for the store to weigh (ownVotes).
    weighed.set(key, ownVotes(v, type));
    return type;
  };
  // A city or region's name gives way to clear contrary evidence: a title ("Mr Lincoln"), a
  // team's cues ("Brighton remain ninth"), a seat ("Ascension, which is based in St.
  // Louis") or a company's "it" ("Toyota said its raise"); a country's or a stored name's never does.
  const lexicalType = (a: Accepted, v: Votes): EntityType | null => {
    const t = lexType(a.name);
    if (t === undefined) return null;
    // "the Eaton fire" is stored; "Eaton said" with no fire on the page is what it was named
    // for, and the page's own cues type it.
    if (t === 'event' && eventNamedForWord(a.name) && v.event === 0) return null;
    // "Georgetown University … Georgetown's coach", "the Washington Capitals … for Washington,
    // which had won": a place alone is the side the page names in full with it, where its
    // mentions speak of a side (name-sides), even a capital's name.
    if (t === 'place' && a.words.length === 1 && orgOpeners.get(a.name) && v.team >= 1 && v.org > v.place) return 'org';
    if (!isMinor(a.name)) return t;
    if (a.cand.titled) return 'person';
    // "John Bolton … Bolton said": the surname of a person named in full; "Lara Trump … Lara
    // said": their given name, where nothing on the page puts it somewhere ("flew to Austin").
    if (a.words.length === 1 && (surnames.has(a.name) || knownSurnames?.has(a.name) || (givenNames.has(a.name) && v.place === 0 && !townNounAfter(text, a.name)))) return 'person';
    return (v.team >= 2 || v.firm > 0) && v.org > v.place ? 'org' : t;
  };
  const singles = new Set(accepted.filter((a) => a.words.length === 1).map((a) => a.name));
  const leadingOrg = (a: Accepted): Accepted | undefined => leadingOrgOf(a, accepted, typeOf);
  // Multi-word names first, so a lone surname can follow its full name's type.
  const surnames = new Set<string>();
  // "Rovman Powell hit 52 … Rovman showed us how": a lone given name of a person named in
  // full. Filled with the surnames; read only by single-word mentions, typed after them.
  const givenNames = new Set<string>();
  // "Meta Platforms … Meta said": a lone first word of an organisation the page names in
  // full is its short form, unless a title makes it a person ("President Trump"). Where the
  // full name came first, as news writes it, the short form is named by it (null: two
  // organisations open with the word).
  const orgOpeners = new Map<string, { name: string; start: number } | null>();
  // "SG Flensburg-Handewitt … Flensburg’s coach": a side of a hyphenated word in an
  // organisation's name stands for it, as its first word does (null: two share it).
  const orgParts = new Map<string, { name: string; start: number } | null>();
  const titled = new Set(accepted.filter((a) => a.cand.titled).map((a) => a.name));
  const addParts = (a: Accepted, parts: string[]): void => {
    for (const part of parts) {
      const seen = orgParts.get(part);
      if (seen === undefined) orgParts.set(part, { name: a.name, start: a.start });
      else if (seen !== null && seen.name !== a.name) orgParts.set(part, null);
    }
  };
  for (const a of accepted) {
    if (a.words.length < 2) {
      // "Cleveland-Cliffs … Cliffs said": the sides of a one-word hyphenated organisation.
      if (HYPHEN.test(a.name) && !a.name.includes(' ') && typeOf(a) === 'org') addParts(a, a.name.split(HYPHEN));
      continue;
    }
    const type = typeOf(a);
    const first = a.words[0] ?? '';
    if (type === 'person') {
      surnames.add(a.words[a.words.length - 1] ?? '');
      givenNames.add(first);
    } else if (type === 'org' && !a.name.startsWith(`${first}/`) && !namesPartOfBody(a.words)) {
      // "the CDU/CSU": each side of an alliance is a party of its own, not its short form.
      const had = orgOpeners.get(first);
      if (had === undefined) orgOpeners.set(first, { name: a.name, start: a.start });
      else if (had !== null && had.name !== a.name) orgOpeners.set(first, null);
      else if (had !== null) had.start = Math.min(had.start, a.start);
      addParts(a, a.words.slice(1).flatMap((w) => (HYPHEN.test(w) ? w.split(HYPHEN) : [])));
    }
  }
  // "SVB Financial Group … Silicon Valley Bank … SVB": an acronym that spells another name
  // the page writes is that name's, not the short form of the one it opens.
  let spelled: ((acronym: string) => boolean) | null = null;
  const spells = (a: Accepted): boolean =>
    a.words.length === 1 && (spelled ??= spelledBy(accepted.filter((b) => b.words.length > 1).map((b) => b.name)))(a.name);
  const canonicalOf = (a: Accepted, type: EntityType): string => {
    if (type === 'org' && spells(a)) return a.name;
    const full =
      type !== 'org' ? undefined : a.words.length === 1 ? (orgOpeners.get(a.name) ?? orgParts.get(a.name)) : leadingOrg(a);
    return full && full.start < a.start ? full.name : a.name;
  };
  return accepted
    .map((a) => {
      const type = typeOf(a);
      const mention: EntityMention = { start: a.start, end: a.end, text: text.slice(a.start, a.end), type, canonical: canonicalOf(a, type) };
      const evidence = weighed.get(aliasKey(a.name));
      if (evidence !== undefined) mention.evidence = evidence;
      return mention;
    })
    .sort((x, y) => x.start - y.start);
}
