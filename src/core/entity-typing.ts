// Typing evidence for a discovered name. Structure (the name's own head word) is decisive;
// context (the words around one mention) only votes, and votes add up over every mention
// of the same name in the text, so "a senior Trump official" cannot outvote four
// "President Trump".

import {
  EVENT_HEADS,
  EVENT_OPENERS,
  NAME_CONNECTORS,
  ORG_HEADS,
  ORG_MEMBER_NOUNS,
  PLACE_HEADS,
  ORG_NOUNS,
  ORG_NOUNS_AFTER,
  PLACE_NOUNS,
  PLACE_PREPOSITIONS,
  ROLE_NOUNS,
  SELF_NAMING_EVENTS,
  SPEECH_VERBS,
} from './entity-cues';
import type { EntityType } from './types';

const ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u;
// A name with a place or people in it ("New England Patriots", "Reform UK") is rarely a
// person's; used only when nothing else typed it.
// Words after the name (and an optional possessive): "Witkoff said", "Hamas officials".
const NEXT_WORD = /^(?:['’]s?)?\s+(?:has\s+|had\s+|have\s+|also\s+)?(\p{Ll}+)/u;
const WHO = /^,\s+who\b/;
// "Tel Aviv, Israel": a known place right after a comma.
const COMMA_NAME = /^,\s+(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)(?![\p{L}'’-])/u;
const LISTED_AFTER = /^\s+(?:and|or)\s+(\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*)?)/u;
const LISTED_BEFORE = /(\p{Lu}[\p{L}’'-]*)(?:,|\s+(?:and|or))\s+$/u;
const PREV_WORD = /(\p{L}+),?\s+(?:the\s+)?$/u;

/** The word that decides a name's type from its own form: "Bank of England" → "Bank". */
export function headWord(words: string[]): string {
  const of = words.findIndex((w) => w === 'of' || w === 'for');
  return (of > 0 ? words[of - 1] : words[words.length - 1]) ?? '';
}

/** Type that follows from the name itself, or null when only context can tell. */
export function structuralType(words: string[]): EntityType | null {
  const first = words[0] ?? '';
  if (words.length === 1) {
    if (ACRONYM.test(first)) return 'org';
    if (SELF_NAMING_EVENTS.has(first)) return 'event';
  }
  if (words.length > 1 && EVENT_OPENERS.has(first)) return 'event';
  const head = headWord(words);
  if (EVENT_HEADS.has(head)) return 'event';
  if (ORG_HEADS.has(head)) return 'org';
  if (PLACE_HEADS.has(head)) return 'place';
  return null;
}

export type Votes = Record<EntityType, number>;

export function noVotes(): Votes {
  return { person: 0, org: 0, place: 0, event: 0 };
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
  // "the Eagles", "the Strip": people do not take an article.
  if (c.afterThe) votes.org += 1;
  if (c.orgSuffix) votes.org += 2;
  const after = c.text.slice(c.end, c.end + 60);
  const next = NEXT_WORD.exec(after)?.[1];
  if (next !== undefined) {
    if (SPEECH_VERBS.has(next)) votes.person += 2;
    if (ORG_MEMBER_NOUNS.has(next) || ORG_NOUNS_AFTER.has(next)) votes.org += 2;
    // "Chiefs coach Andy Reid", "Hamas leader": a role belongs to an organisation.
    if (ROLE_NOUNS.has(next)) votes.org += 1;
  }
  // Listed with a known place: "Tulkarem and Tubas", "Holyhead and Dublin".
  const listedAfter = LISTED_AFTER.exec(after)?.[1];
  const listedBefore = LISTED_BEFORE.exec(c.text.slice(Math.max(0, c.start - 40), c.start))?.[1];
  if ((listedAfter !== undefined && c.isPlace(listedAfter)) || (listedBefore !== undefined && c.isPlace(listedBefore))) {
    votes.place += 2;
  }
  if (WHO.test(after)) votes.person += 1;
  const comma = COMMA_NAME.exec(after)?.[1];
  if (comma !== undefined && c.isPlace(comma)) votes.place += 2;
  const prev = PREV_WORD.exec(c.text.slice(Math.max(0, c.start - 30), c.start))?.[1];
  if (prev !== undefined) {
    if (PLACE_PREPOSITIONS.has(prev)) votes.place += 1;
    if (ROLE_NOUNS.has(prev)) votes.person += 3;
    if (PLACE_NOUNS.has(prev)) votes.place += 2;
    if (ORG_NOUNS.has(prev)) votes.org += 2;
  }
}

/** Best-voted type, or null without any vote. Ties go person > org > place > event. */
export function bestVote(votes: Votes): EntityType | null {
  let best: EntityType | null = null;
  let score = 0;
  for (const t of ['person', 'org', 'place', 'event'] as const) {
    if (votes[t] > score) {
      best = t;
      score = votes[t];
    }
  }
  return best;
}

/** Without any evidence: two or three capitalised words are most often a person's name in
 *  news ("Avi Ohayon"); one word or a long name is most often an organisation ("Nvidia",
 *  "Arsenal"), since a lone surname is caught by the surname rule. */
export function defaultType(words: string[], mentionsPlace: boolean): EntityType {
  if (words.some((w) => NAME_CONNECTORS.has(w))) return 'person'; // "Jan Paul van Hecke"
  if (mentionsPlace) return 'org';
  return words.length === 2 || words.length === 3 ? 'person' : 'org';
}
