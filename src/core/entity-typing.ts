// Typing evidence for a discovered name from its context. The name's own form (name-form.ts)
// is decisive; context (the words around one mention) only votes, and votes add up over
// every mention of the same name in the text, so "a senior Trump official" cannot outvote
// four "President Trump".

import { acronymBranchVotes } from './name-acronym-bodies';
import {
  COMPETITION_NOUNS, EVENT_NOUNS_AFTER, ORG_MEMBER_NOUNS, ORG_NOUNS, ORG_NOUNS_AFTER, PERSON_NOUNS_AFTER,
  PLACE_NOUNS, PLACE_NOUNS_AFTER, PLACE_PREPOSITIONS, PLURAL_VERBS, ROLE_NOUNS, SPEECH_VERBS,
} from './entity-cues';
import {
  AREA_BEFORE, BEARING_AFTER, HOLDING_IN, ON_POINTS, SITE_AFTER, STAFF_AT, STANDING_IN, TEAM_BEFORE, TRANSFER_FROM,
} from './context-patterns';
import { capitalsContain } from './acronym-match';
import { appositionType, earlierOfKind } from './apposition';
import { firmAppositionVote } from './apposition-firms';
import { structuralType } from './name-form';
import { firmClause } from './name-firm-clause';
import { homeStateOfPerson } from './name-home-state';
import { itJudged } from './name-said-it-judged';
import { workforceVote } from './name-workforces';
import { kindAppositiveVote } from './name-kind-appositives';
import { adminUnitVote } from './name-admin-units';
import { personAppositionVote } from './name-people-appositions';
import { ownsBodysThingToo, ownsPersonsThing } from './name-owned-views';
import { itsNext, refersBack, verbIts } from './name-pronouns';
import { sharesMove } from './name-share-owners';
import { landformNounAfter } from './name-landform-nouns';
import { plantSiteAfter } from './name-plant-sites';
import { sharesHeldIn } from './name-share-holdings';
import { prepositionObject } from './name-preposition-objects';
import { mineSiteAround } from './name-mine-sites';
import { firesVerbAfter } from './name-fires-verb';
import { sideAfter } from './name-sides';
import { beatenSide, sideResultAfter } from './name-side-results';
import { gameAtVenue } from './name-venues';
import { alongRoute, bridgeAfter } from './name-routes';
import { waterSideBefore } from './name-water-sides';
import { riverVote } from './name-river-rises';
import { gaugeVote } from './name-river-gauges';
import { routeEndVote } from './name-route-ends';
import { residentsOfVote } from './name-residents-of';
import { germanTownVote } from './name-german-towns';
import { waterListVote } from './name-water-lists';
import { regionVotes } from './name-region-places';
import { familyVotes } from './name-families';
import { characterVotes } from './name-characters';
import { LISTED_BEFORE, listedPlaceVotes } from './name-listed';
import type { EntityType } from './types';
import type { Votes } from './type-votes';
import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

// Words after the name (and an optional possessive): "Witkoff said", "Hamas officials".
const NEXT_WORD = new RegExp(String.raw`^(?:['’]s?)?${S}(?:has${S}|had${S}|have${S}|also${S})?(\p{Ll}+)`, 'u');
const WHO = new RegExp(String.raw`^,${S}who${S}(\p{Ll}+)`, 'u');
// "Boko Haram have claimed", "Goldman Sachs are": one name with a plural verb is a body
// spoken of as its members, as British news writes it; no person takes "have". Not after a
// modal ("would Smith have").
const PLURAL_AUX = new RegExp(String.raw`^${S}(?:have|are|were)[^\S\n]`, 'u');
const MODAL_BEFORE = new RegExp(String.raw`\b(?:would|could|should|might|must|will|shall|may|can|did|do|does)${S}$`, 'i');
// "Norvell said it would", "Bosch said last month it would": a company speaks of itself as "it".
// "Ahrar al-Sham said its fighters had withdrawn": so does "its". Not "Merz said it." or "said
// it again": an "it" that ends the clause, or before a manner adverb, is what was said, not who.
const SAID_IT =
  new RegExp(String.raw`^${S}(?:(?:on|last|this|in${S}a)${S}\p{L}+${S})?(?:that${S})?(?:its\b|it\b(?!${S_OPT}[.!?,;:]|${S}(?:again|twice|publicly|openly|repeatedly|himself|herself)\b))`, 'u');
// "Villa head coach", "Brighton assistant manager": a modifier before the role noun.
const ROLE_AFTER = new RegExp(String.raw`^(?:['’]s?)?${S}(?:head|assistant|caretaker|interim|team|club)${S}(\p{Ll}+)`, 'u');
// A lower-case word right after the name that is not a verb or function word: a noun the
// name modifies.
const MODIFIES_NOUN =
  new RegExp(String.raw`^${S}(?!(?:and|or|of|on|in|at|to|for|with|from|by|as|is|was|are|were|has|had|have|said|says|where|which|who|that|but|after|before|since|until|when|while|above|below|beneath|under|over|near|into|through|itself|during|despite|because|if|unless|though|although|against|than)\b)\p{Ll}`, 'u');
const INDEFINITE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])an?${S}$`, 'u');
// The word after next: "the Nova music festival".
const SECOND_WORD = new RegExp(String.raw`^(?:['’]s?)?${S}\p{Ll}+${S}(\p{Ll}+)`, 'u');
// "at Kerem Shalom, about 40 kilometres to the south-east": a distance is measured from a place.
const DISTANCE = new RegExp(String.raw`^,?${S}(?:about|some|around|roughly|nearly|only|just)?${S_OPT}\d[\d,.]*${S_OPT}(?:kilometres|kilometers|km|miles|metres|meters)\b`);
const AGE_AFTER = new RegExp(String.raw`^,${S}\d{1,2},[^\S\n]`);
// "Tel Aviv, Israel": a known place right after a comma. The whole run of capitalised words
// (taken at once, the lookahead keeps the regex from giving words back): "David Burritt, U.S.
// Steel's chief executive" has a company there, not "U.S.".
const COMMA_NAME = new RegExp(String.raw`^,${S}(?=(\p{Lu}[\p{L}.]*(?:[^\S\n]\p{Lu}[\p{L}.]*)*))\1(?![\p{L}'’-])`, 'u');
// "Subaru and Nissan said they": the speech verb's subject is the pair, no vote for a person.
const PAIRED_BEFORE = new RegExp(String.raw`\p{Lu}[\p{L}’'-]*${S}and${S}$`, 'u');
// "flew to Helena", "carrying packages to Helena": where a craft or a traveller goes is a
// place (after "sent", "talked" or "sold", "to" takes a body or a person). The words between
// are the verb's object, with no other verb or clause: "flew aid in and handed it to Oxfam".
const BOUND_TO =
  /\b(?:fl(?:y|ies|ew|own|ying)|travel(?:s|led|ed|ling|ing)?|drove|driv(?:e|es|en|ing)|head(?:s|ed|ing)|bound|carr(?:y|ies|ied|ying))\b(?:[ \t\u00a0]+(?!(?:and|or|but|then|that|which|who)\b)(?![\p{Ll}]+(?:ed|ing)\b)[\p{Ll}\d,]+){0,6}[ \t\u00a0]+to[ \t\u00a0]+$/u;
const PREV_WORD = new RegExp(String.raw`(\p{L}+),?${S}(?:the${S})?$`, 'u');
// "a bridge over the Irrawaddy", "flights across the Atlantic": what a bridge spans or a
// flight crosses is a place; so is what lies "outside China" ("creditors outside China have").
const GOVERNED_BEFORE = new RegExp(String.raw`\b(?:of|in|over|across|at|from|with|near|under|along|into|through|outside|inside|beyond|within|throughout|around)${S}(?:the${S})?$`, 'i');
const SPANNED_BEFORE = new RegExp(String.raw`\b(?:bridges?|dams?|ferry|ferries|flights?|flew|flown|flying)${S}(?:over|across)${S}(?:the${S})?$`, 'i');
// "insurers such as State Farm and Allstate", "cities including Homs, Hama and Aleppo",
// "carmakers without a union, among them Tesla and Toyota": the plural noun before "such as"
// says what every name of the list is.
const KIND_LIST_BEFORE =
  new RegExp(String.raw`(?:^|\s)(\p{Ll}+)(?:${S}(?:with|without|in|from)(?:${S}(?:an?|the))?${S}\p{Ll}+,)?${S}(?:such${S}as|including|among${S}them)${S}(?:\p{Lu}[\p{L}’'-]*(?:[^\S\n]\p{Lu}[\p{L}’'-]*)*,${S}){0,4}(?:\p{Lu}[\p{L}’'-]*(?:[^\S\n]\p{Lu}[\p{L}’'-]*)*,?${S}(?:and|or)${S})?$`, 'u');

/** The type a plural kind noun gives the names listed after it, if it gives one. */
function listedKind(before: string): EntityType | null {
  const noun = KIND_LIST_BEFORE.exec(before)?.[1];
  if (noun === undefined || !noun.endsWith('s')) return null;
  const singular = noun.endsWith('ies') ? `${noun.slice(0, -3)}y` : noun.slice(0, -1);
  if (ORG_NOUNS.has(singular)) return 'org';
  return PLACE_NOUNS.has(noun) ? 'place' : null;
}

// "Hayat Tahrir al-Sham (HTS)": news spells out an organisation's acronym in brackets after
// its name; a person's or a place's hardly ever.
const BASED_IN = new RegExp(String.raw`^,?${S}(?:which|that)${S}(?:is|was)${S}(?:based|headquartered)${S}in\b`);
const BRACKETED_ACRONYM = new RegExp(String.raw`^[^\S\n]\((\p{Lu}{2,6})\)`, 'u');

function teamVote(votes: Votes, n: number): void {
  votes.org += n;
  votes.team += n;
}

export interface MentionContext {
  text: string;
  start: number;
  end: number;
  titled: boolean;
  orgSuffix: boolean;
  /** Written right after "the". */
  afterThe: boolean;
  isPlace: (name: string) => boolean;
}

/** Adds the votes of one mention's surroundings to `votes`. */
export function voteContext(c: MentionContext, votes: Votes): void {
  if (c.titled) votes.person += 3;
  votes.org += acronymBranchVotes(c.text.slice(c.start, c.end), c.isPlace);
  // "the Eagles", "the Strip": people do not take an article.
  const prev = PREV_WORD.exec(c.text.slice(Math.max(0, c.start - 30), c.start))?.[1]?.toLowerCase();
  // "in the Nasdaq composite": the preposition governs the noun the name modifies.
  const modifier = c.afterThe && MODIFIES_NOUN.test(c.text.slice(c.end, c.end + 20));
  // "In Smith's view": a view, words or kin are a person's, and the preposition governs them.
  const personOwns = ownsPersonsThing(c.text.slice(c.end, c.end + 24));
  if (personOwns && !ownsBodysThingToo(c.text.slice(c.end, c.end + 24))) votes.person += 1;
  const inPlace =
    prev !== undefined && (PLACE_PREPOSITIONS.has(prev) || alongRoute(c.text.slice(Math.max(0, c.start - 80), c.start))) && !modifier && !personOwns;
  // … but "in the Highlands", "across the Sahel" are places.
  if (c.afterThe && !inPlace) votes.org += 1;
  const after = c.text.slice(c.end, c.end + 60);
  const next = NEXT_WORD.exec(after)?.[1];
  const second = SECOND_WORD.exec(after)?.[1];
  // "a Donald Trump rally", "a Coldplay concert": an event named after "a" is one of many,
  // so the name is whoever holds it, not the event's own name ("the Nova festival").
  const indefinite = INDEFINITE_BEFORE.test(c.text.slice(Math.max(0, c.start - 4), c.start));
  const occasion = (noun: string | undefined): boolean =>
    noun !== undefined && EVENT_NOUNS_AFTER.has(noun) && !COMPETITION_NOUNS.has(noun);
  const heldBy = indefinite && (occasion(next) || occasion(second));
  // "a Cincinnati Reds cap", "a Pfizer vaccine": a name after "a" that modifies a noun is a
  // brand or a body; a person's name takes no indefinite article.
  if (indefinite && !heldBy && MODIFIES_NOUN.test(c.text.slice(c.end, c.end + 20))) votes.org += 1;
  if (c.orgSuffix) votes.org += 2;
  const before = c.text.slice(Math.max(0, c.start - 30), c.start);
  // "The Taliban said": the article is the name's own, so whoever speaks is no person.
  const articled = c.afterThe && (!modifier || (next !== undefined && SPEECH_VERBS.has(next)));
  // "a bridge over the Irrawaddy were cut": a name governed by a preposition is no subject.
  const collective =
    PLURAL_AUX.test(after) && !MODAL_BEFORE.test(before) && !LISTED_BEFORE.test(before) && !GOVERNED_BEFORE.test(before) && !prepositionObject(before);
  // A place spoken of in the plural is its side, as with "remain" below ("Bayern have won").
  if (collective) teamVote(votes, 2);
  if (next !== undefined) {
    if (SPEECH_VERBS.has(next)) {
      // … but not an "it" that judges ("said it would be a tough winter", name-said-it-judged).
      const afterVerb = after.slice(after.indexOf(next) + next.length);
      if ((SAID_IT.test(afterVerb) && !itJudged(afterVerb)) || refersBack(c)) {
        votes.org += 2;
        // "The mayor of Bello said it": the speaker governed by "of" is not the name; "Detroit
        // said it would appeal": a city's government speaks as "it" too.
        if (!GOVERNED_BEFORE.test(before) && firmClause(c.text.slice(c.end, c.end + 300))) votes.firm += 2;
      }
      // "Residents of Grenfell Tower had warned": a name governed by a preposition is not who speaks.
      else if (!articled && !collective && !GOVERNED_BEFORE.test(before) && !PAIRED_BEFORE.test(before)) votes.person += 2;
    }
    if (ORG_MEMBER_NOUNS.has(next) || ORG_NOUNS_AFTER.has(next)) votes.org += 3;
    // "Chiefs coach Andy Reid", "Hamas leader": a role belongs to an organisation.
    if (ROLE_NOUNS.has(next)) votes.org += 1;
    if (PLACE_NOUNS_AFTER.has(next) || bridgeAfter(after) || landformNounAfter(after) || plantSiteAfter(after) || mineSiteAround(before, c.text.slice(c.start, c.end), after)) votes.place += 2;
    if (PERSON_NOUNS_AFTER.has(next)) votes.person += 3;
    if (EVENT_NOUNS_AFTER.has(next) && !heldBy && !firesVerbAfter(after)) votes.event += COMPETITION_NOUNS.has(next) ? 3 : 2;  // not "Hezbollah fires rockets" (name-fires-verb)
    // A singular name with a plural verb is a team: "Brighton remain ninth".
    if (PLURAL_VERBS.has(next) && !LISTED_BEFORE.test(before)) teamVote(votes, 2);
  }
  const role = ROLE_AFTER.exec(after)?.[1];
  if ((role !== undefined && ROLE_NOUNS.has(role)) || sideAfter(after)) teamVote(votes, 1);
  if (second !== undefined && EVENT_NOUNS_AFTER.has(second) && next !== undefined && !SPEECH_VERBS.has(next) && !heldBy) {
    votes.event += 2;
  }
  // "the Shin Bet security agency", "the Wagner mercenary group": the name modifies a
  // phrase that says what it is.
  if (c.afterThe && second !== undefined && /^\s/.test(after) && (ORG_NOUNS.has(second) || ORG_NOUNS_AFTER.has(second))) {
    votes.org += 2;
  }
  if (ON_POINTS.test(after)) teamVote(votes, 2);
  if (sideResultAfter(after)) teamVote(votes, 3); // "Tai Po lost 2-0" (name-side-results)
  if (TEAM_BEFORE.test(before) || beatenSide(before, after)) teamVote(votes, 1); // "beat Eastern 3-1" (name-side-results)
  if (TRANSFER_FROM.test(before)) teamVote(votes, 2);
  if (STANDING_IN.test(before)) teamVote(votes, 3);
  // Outvotes the "said" that usually follows: "economists at Barclays said".
  if (STAFF_AT.test(before)) votes.org += 3;
  else votes.org += workforceVote(before, after);
  votes.org += kindAppositiveVote(before, after);
  // "Shares in Volkswagen rose": a holding is in a company, whatever "in" says of places.
  if (HOLDING_IN.test(before)) votes.org += 3;
  if (sharesMove(after)) votes.org += 3; // "Volkswagen's shares fell" (name-share-owners)
  if (sharesHeldIn(before) || sharesMove(after)) votes.firm += 3; // a listed company's, no town's (name-share-holdings)
  // "Pryce, 27, said": news gives a person's age after the name, in commas.
  if (AGE_AFTER.test(after)) votes.person += 3;
  if (DISTANCE.test(after)) votes.place += 3;
  // A place is not "based in" another; a company, a charity or a hospital group is.
  if (BASED_IN.test(after)) {
    votes.org += 3;
    votes.firm += 3;
  }
  if (AREA_BEFORE.test(before) || BEARING_AFTER.test(after) || waterSideBefore(before)) votes.place += 2;
  votes.place += riverVote(c.text.slice(Math.max(0, c.start - 40), c.start), after); // "the Ahr rose by 7 metres" (name-river-rises)
  votes.place += gaugeVote(c.text.slice(Math.max(0, c.start - 80), c.start)); // "rose by 7 metres at Altenahr" (name-river-gauges)
  votes.place += routeEndVote(c.text.slice(Math.max(0, c.start - 120), c.start)); // "trains from Remagen to Ahrbrück" (name-route-ends)
  votes.place += residentsOfVote(c.text.slice(Math.max(0, c.start - 120), c.start)); // "Residents of Schuld and Dernau" (name-residents-of)
  votes.place += germanTownVote(c.text.slice(c.start, c.end)); // "in Bodenheim said it" (name-german-towns)
  votes.place += adminUnitVote(c.text.slice(c.start, c.end), after, c.text.slice(Math.max(0, c.start - 120), c.start));
  votes.place += regionVotes(c.text.slice(c.start, c.end), c.text.slice(Math.max(0, c.start - 60), c.start), after);
  votes.person += familyVotes(after) + characterVotes(before);
  if (SITE_AFTER.test(after) || gameAtVenue(c.text, c.start, c.end)) {
    votes.place += 2;
    votes.site += 2;
  }
  const listBefore = c.text.slice(Math.max(0, c.start - 120), c.start);
  const kind = listedKind(listBefore);
  if (kind !== null) votes[kind] += 2;
  votes.place += waterListVote(listBefore, after); // "streams …, among them Sulphur Run" (name-water-lists)
  if (kind === 'org') votes.firm += 2;
  // Listed with a known place, "Tulkarem and Tubas", "in Seminole and Lamesa" (name-listed).
  const borrowed = listedPlaceVotes(c, kind === 'org');
  votes.place += borrowed;
  votes.borrowed += borrowed;
  if (BOUND_TO.test(c.text.slice(Math.max(0, c.start - 80), c.start))) votes.place += 2;
  if (SPANNED_BEFORE.test(before)) votes.place += 2;
  const who = WHO.exec(after)?.[1];
  // "Chelsea, who play West Ham": the plural verb again marks a team, and so does a plural
  // "have", "are", "were" ("The Blackhawks, who have …"), which no single person takes.
  if (who !== undefined) {
    if (PLURAL_VERBS.has(who) || who === 'have' || who === 'are' || who === 'were') teamVote(votes, 2);
    else votes.person += 1;
  }
  // "In Idlib, the group said": after a place's preposition the comma ends a phrase.
  const apposition = inPlace ? null : appositionType(after);
  // "Glass Lewis, the other large proxy adviser": the kind of the name given that noun before.
  const kin = inPlace ? null : earlierOfKind(c.text, c.start, after);
  const kinType = kin === null ? null : structuralType(kin);
  if (kinType !== null) votes[kinType] += 3;
  else if (apposition !== null) votes[apposition] += 2;
  if (apposition === 'org') votes.firm += firmAppositionVote(after, c.text.slice(c.start, c.end)); // "Merlo, one of the largest insurers," (apposition-firms)
  votes.person += personAppositionVote(after);
  // "Norvane, a subsidiary of …, plans five launches. Its chief executive …": the subject of
  // a sentence taken up by "Its" at the next one is a thing; a person would be "His", "Her".
  if (itsNext(c)) votes.org += 2;
  if (verbIts(after)) votes.org += 2;
  const acronym = BRACKETED_ACRONYM.exec(after)?.[1];
  const name = c.text.slice(c.start, c.end);
  if (acronym !== undefined && name.includes(' ') && capitalsContain(name, acronym)) votes.org += 2;
  const comma = COMMA_NAME.exec(after)?.[1];
  // "John Smith, Pa., a delegate,": a person's home state is no vote for a place (name-home-state).
  if (comma !== undefined && c.isPlace(comma)) votes[homeStateOfPerson(after) ? 'person' : 'place'] += 2;
  if (prev !== undefined) {
    if (inPlace) votes.place += 1;
    if (ROLE_NOUNS.has(prev)) votes.person += 3;
    if (PLACE_NOUNS.has(prev)) votes.place += 2;
    if (ORG_NOUNS.has(prev)) votes.org += 2;
  }
}
