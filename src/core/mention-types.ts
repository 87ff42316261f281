// Typing of accepted name mentions: the lexicon (a city giving way to clear contrary cues),
// then the name's own form (name-form), then a surname of a person named in full, then the
// votes of every mention's context (entity-typing), then a default. Split from entities.ts,
// which finds and accepts the mentions.

import { aliasKey } from './alias-key';
import { spelledBy } from './alias-pairs';
import { COMPASS_WORDS, EPONYM_HEADS, EVENT_HEADS, EVENT_OPENERS, GIVEN_NAME_GROUP_WORDS, ORG_HEADS, TOWER_HEADS } from './entity-cues';
import { voteContext } from './entity-typing';
import { bestVote, defaultType, noVotes, type Votes } from './type-votes';
import { ownVotes } from './stored-types';
import { eventNamedForWord, headWord, structuralType } from './name-form';
import { compassRegion } from './name-compass-regions';
import { saysItAsFirm } from './name-firm-clause';
import { crossingHead } from './name-crossings';
import { landformHead } from './name-landforms';
import { seafloorHead } from './name-seafloor';
import { planetEarth } from './name-planet-earth';
import { holderApposition } from './name-owner-appositions';
import { partyConvention } from './name-party-conventions';
import { runObject } from './name-run-objects';
import { streetOrChurch } from './name-streets';
import { theatreBuilding } from './name-theatres';
import { capsBodyType } from './name-caps-bodies';
import { bandNames } from './name-bands';
import { hallOfFameName } from './name-halls-of-fame';
import { standingOpenerType } from './name-standing-openers';
import { townNounAfter } from './name-town-nouns';
import { venueWord } from './name-venues';
import { stateOfAbbreviation } from './state-abbreviations';
import { athleticConference } from './name-athletic-conferences';
import type { Candidate } from './name-trim';
import type { EntityMention, EntityType } from './types';

const AFTER_THE = /\bthe\s+$/i;
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
    const afterThe = AFTER_THE.test(text.slice(Math.max(0, a.start - 5), a.start));
    if (afterThe && a.words.length === 1) withArticle.add(a.name);
    voteContext({ text, start: a.start, end: a.end, titled: a.cand.titled, orgSuffix, afterThe, isPlace }, v);
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
    // A town's name in a two-word name may be a given name or a surname ("John Bolton",
    // "Austin Reaves"); in a longer one, or a country's, it marks an institution.
    // A faith word that is a given name opens a person's name ("Christian Lindner").
    const givenFirst = a.words.length === 2 && GIVEN_NAME_GROUP_WORDS.has(a.words[0] ?? '');
    // Peoples joined by a hyphen are a demonym too ("Italian-Thai Development").
    const mentionsPlace =
      a.words.length > 1 &&
      a.words.some(
        (w) =>
          (lexType(w) === 'place' && (a.words.length > 2 || !isMinor(w))) ||
          (isNonName(w) && !givenFirst) ||
          (HYPHEN.test(w) && w.split(HYPHEN).every(isNonName)),
      );
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
      sportsClub(a) ??
      compassPlace(a) ??
      (planetEarth(a.words, text, a.start, a.end) ? 'place' : null) ??

      athleticConference(a.words, text.slice(a.end, a.end + 40)) ??
      competition(a, v) ??
      league(a, v) ??
      venue(a, v) ??
      arena(a, v) ??
      surnamed(a, v) ??
      region(a, v) ??
      (hallOfFameName(a.words) ? 'org' : null) ??
      // "the Petit Pont", "Notre-Dame de Paris" (name-streets); "at the Dominion Theatre" (name-theatres).
      streetOrChurch(a.words, v.person, v.org) ??
      theatreBuilding(a.words, v.org, v.person) ??
      (partyConvention(a.words) ? 'event' : null) ??
      // "the ship's owner, Grace Ocean,": a place's head on a role's holder (name-owner-appositions).
      (structuralType(a.words, a.name) === 'place' && holderApposition(text, a.start) ? 'org' : null) ??
      structuralType(a.words, a.name) ??
      peoplesOpen(a) ??
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
      // … unless the surname alone speaks of a firm's business as "it" (the founder's company).
      (a.words.length === 1 && (surnames.has(a.name) || knownSurnames?.has(a.name) || givenNames.has(a.name)) && !firmOnly(a.name, v) ? 'person' : null) ??
      (a.words.length === 1 && (orgOpeners.has(a.name) || orgParts.has(a.name)) && !titled.has(a.name) ? 'org' : null) ??
      standingOpenerType(a.words, v, text) ??
      capsBodyType(a.words, v, text.slice(Math.max(0, a.start - 200), a.start), text.slice(a.end, a.end + 120), text);
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
  // "Manchester City", "Leicester City": a known city with "City" added that is not itself a
  // known city ("Mexico City", "Gaza City") is a club.
  const sportsClub = (a: Accepted): EntityType | null =>
    a.words.length === 2 && a.words[1] === 'City' && isPlace(a.words[0] ?? '') ? 'org' : null;
  // "Southern California", "Lower Saxony": a compass word before a known place.
  const compassPlace = (a: Accepted): EntityType | null =>
    (a.words.length > 1 && COMPASS_WORDS.has(a.words[0] ?? '') && isPlace(a.words.slice(1).join(' '))) || compassRegion(text, a.start, a.words)
      ? 'place'
      : null;
  // "in Kachin State", "across Lagos State": a state that is a country's region, where the
  // place votes outweigh the body's ("Islamic State fighters", "Ohio State coach").
  const region = (a: Accepted, v: Votes): EntityType | null =>
    a.words.length > 1 && a.words[a.words.length - 1] === 'State' && v.place > v.org ? 'place' : null;
  // "the Six Nations match": a fixture is named for its competition, whatever the head word.
  const competition = (a: Accepted, v: Votes): EntityType | null =>
    v.event >= 3 && v.event > v.org && structuralType(a.words, a.name) === 'org' ? 'event' : null;
  // "fell to third in the Eastern Conference": a table's place is in a league, whatever the
  // head word says of events.
  const league = (a: Accepted, v: Votes): EntityType | null =>
    v.team >= 3 && v.org > v.event && structuralType(a.words, a.name) === 'event' ? 'org' : null;
  // "the Rose Bowl car park": a ground named for its event is a place.
  const venue = (a: Accepted, v: Votes): EntityType | null =>
    v.site >= 2 && v.place > v.event && structuralType(a.words, a.name) === 'event' ? 'place' : null;
  // "Italian-Thai Development said": peoples joined by a hyphen open a company's name, never a
  // person's, so a speech verb after it (a person's vote) does not make it one. Discovery
  // keeps them in a name only before one word that is no known name ("Iranian-American Jason
  // Rezaian" leaves them out).
  const peoplesOpen = (a: Accepted): EntityType | null => {
    const first = a.words[0] ?? '';
    return a.words.length > 1 && HYPHEN.test(first) && first.split(HYPHEN).every(isNonName) ? 'org' : null;
  };
  // "beat the Capitals 4-3 at the United Center": a centre where games are played is a venue,
  // where its head would make it a body (name-venues).
  const arena = (a: Accepted, v: Votes): EntityType | null =>
    venueWord(a.words) && v.site >= 2 && v.place > v.org ? 'place' : null;
  // "coach Ryan Day", "Chris Day, 34,": an event's head word may be a surname ("Day",
  // "Fair"), and a person's strong cues (a title, a role before, an age after) outweigh the
  // event it suggests. A speech verb alone does not: an event's organisers speak by its name
  // ("Web Summit said").
  const surnamed = (a: Accepted, v: Votes): EntityType | null => {
    const eventHead = a.words.length > 1 && !EVENT_OPENERS.has(a.words[0] ?? '') && EVENT_HEADS.has(headWord(a.words));
    return eventHead && v.person >= 3 && v.person > v.event ? 'person' : null;
  };
  const singles = new Set(accepted.filter((a) => a.words.length === 1).map((a) => a.name));
  // "Cascade Ridge Bancorp … Cascade Ridge expects": the leading words of an organisation's
  // longer name the page writes are its short form, where the context's votes do not decide
  // ("Sahra Wagenknecht said she …" stays a person; a title before them makes one); a
  // name ending in its own head is a name of its own ("Silicon Valley Bank" beside "… UK"),
  // and a body named after someone leaves the name theirs ("Walt Disney Company … Walt Disney").
  const eponymOf = (a: Accepted, b: Accepted): boolean => b.words.slice(a.words.length).every((w) => EPONYM_HEADS.has(w));
  const leadingOrg = (a: Accepted): Accepted | undefined =>
    a.words.length < 2 || a.cand.titled || ORG_HEADS.has(a.words[a.words.length - 1] ?? '')
      ? undefined
      : accepted.find(
          (b) => b.words.length > a.words.length && a.words.every((w, i) => b.words[i] === w) && !eponymOf(a, b) && typeOf(b) === 'org',
        );
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
    } else if (type === 'org' && !a.name.startsWith(`${first}/`)) {
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
