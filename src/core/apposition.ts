// An apposition after a name says what the name is: "Hezbollah, the Iran-backed group, …",
// "Pepinster, the towns worst hit". Split from entity-typing.ts; entities.ts also asks it
// whether a lone sentence opener is a name.

import { escapeRegExp } from './escape-regexp';
import { lineOfTrade } from './apposition-lines';
import { producerOfTrade } from './apposition-producers';
import { oneOfAsSingular } from './apposition-one-of';
import { ORG_NOUNS, ORG_NOUNS_AFTER, PLACE_NOUNS, ROLE_NOUNS } from './entity-cues';
import type { EntityType } from './types';
import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

// The apposition: "Hayat Tahrir al-Sham, the group that led …", "Jabhat al-Nusra, a
// jihadist group,", "Ahmed al-Sharaa, the group's leader,": an article and up to four words
// before a closing mark, a relative pronoun or a preposition; none of them a function word,
// so "a spokesman for the group" ends at "spokesman", never reaching "group".
// A clause with its own subject may follow the noun, with no "that": "Alameda Research, the
// trading firm he also owned, …", "the group she founded".
const APPOSITION =
  new RegExp(String.raw`^,${S}(?:the|a|an)${S}(?:(?!(?:of|for|at|in|on|to|from|with|by|and|or|the|a|an)[^\S\n])[\p{L}’'-]+${S}){0,4}?(\p{Ll}+)(?=${S_OPT}[,.;:—–)]|${S}(?:that|which|who|whose|of|for|at|in|with|behind|based|he|she|they|we)\b)`, 'u');

/** What an apposition after a name says it is ("Hezbollah, the Iran-backed group, …" →
 *  org), or null when there is none or its head noun names no kind of entity. */
export function appositionType(after: string): EntityType | null {
  const m = APPOSITION.exec(oneOfAsSingular(after)); // "Carnival, one of the largest cruise lines," (apposition-one-of)
  if (!m) return null;
  // "Pepinster, the towns worst hit in …": words after the noun may describe it, so the
  // last word that names a kind is the head ("the party leader" is a leader).
  const words = m[0].split(/[\s,]+/);
  for (let i = words.length - 1; i > 1; i--) {
    const type = systemOfBody(words[i] ?? '', words[i - 1] ?? '') || (i === words.length - 1 && (lineOfTrade(words[i] ?? '', words[i - 1] ?? '') || producerOfTrade(words[i] ?? '', words[i - 1] ?? ''))) ? 'org' : kindOf(words[i] ?? '');
    if (type !== null) return type;
  }
  return null;
}

// "Nippon Connection, the largest festival of Japanese film": kinds of named events. Not "match",
// "final" or "fire", which an apposition uses of a team or a person ("the final opponent").
const EVENT_KINDS = new Set(['festival', 'concert', 'summit', 'conference', 'tournament', 'championship', 'marathon', 'ceremony', 'parade', 'contest']);

// "World Triathlon, the sport's governing body": said of a name, a body is an organisation;
// not an organisation noun elsewhere ("The body was found", after someone spoke).
const BODY_WORDS = new Set(['body', 'bodies']);

// "Kaiser Permanente, the largest health system in California": a system run as one body
// is an organisation, where "system" alone says nothing ("iOS, the operating system").
const SYSTEM_RUNNERS = new Set(['health', 'healthcare', 'hospital', 'school', 'university', 'transit', 'library', 'court', 'banking', 'care']);

function systemOfBody(noun: string, before: string): boolean {
  return (noun === 'system' || noun === 'systems') && SYSTEM_RUNNERS.has(before);
}

function kindOf(noun: string): EntityType | null {
  if (ORG_NOUNS.has(noun) || ORG_NOUNS_AFTER.has(noun) || BODY_WORDS.has(noun)) return 'org';
  if (EVENT_KINDS.has(noun)) return 'event';
  if (PLACE_NOUNS.has(noun)) return 'place';
  return ROLE_NOUNS.has(noun) ? 'person' : null;
}

// "Glass Lewis, the other large proxy adviser, …": "the other" (or "another") says the name is
// one more of a kind the text has named before, so the kind's noun ("proxy adviser") may be a
// role noun and still be said of a firm. The last two words are the kind.
const OTHER_OF_KIND = new RegExp(String.raw`^,${S}(?:the${S}other|another)${S}(?:[\p{L}’'-]+${S}){0,2}?([\p{Ll}’'-]+${S}\p{Ll}+)(?=${S_OPT}[,.;:—–)])`, 'u');
const NAME_WORD = /^\p{Lu}/u;

// The pattern of an earlier name given `kind`, built once per kind: a page's "the other …"
// appositions mostly repeat a few kinds, and each typing pass asks again.
const earlierPatterns = new Map<string, RegExp>();
const EARLIER_PATTERNS_MAX = 256;
function earlierPattern(kind: string): RegExp {
  let re = earlierPatterns.get(kind);
  if (re === undefined) {
    const escaped = escapeRegExp(kind).replace(/\s+/g, S);
    re = new RegExp(String.raw`([\p{L}’'&.-]+(?:${S}[\p{L}’'&.-]+){0,5}),${S}(?:the|a|an)${S}(?:[\p{Ll}’'-]+${S}){0,2}?${escaped}\b`, 'u');
    if (earlierPatterns.size >= EARLIER_PATTERNS_MAX) earlierPatterns.clear();
    earlierPatterns.set(kind, re);
  }
  return re;
}

/** The earlier name given the same kind as the "the other …" apposition in `after`
 *  ("Institutional Shareholder Services, the proxy adviser"), as words, or null. */
export function earlierOfKind(text: string, start: number, after: string): string[] | null {
  const kind = OTHER_OF_KIND.exec(after)?.[1];
  if (kind === undefined) return null;
  const m = earlierPattern(kind).exec(text.slice(0, start));
  if (!m?.[1]) return null;
  // The capitalised words right before the comma: the earlier name.
  const words = m[1].split(/\s+/);
  let first = words.length;
  while (first > 0 && NAME_WORD.test(words[first - 1] ?? '')) first--;
  return first < words.length ? words.slice(first) : null;
}
