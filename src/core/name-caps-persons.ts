// "said JOHN SMITH, a farmer in the valley", "MARY JONES said she would stay": a name in
// capitals is a person's where the words around it say so, as plainly as a title or an age
// would (name-caps-bodies.ts types every other all-caps name a body's brand, "CAL FIRE
// said"). Three cues a body never takes: an apposition naming a person by what they are or
// do ("a farmer", "the mother of three"), "he" or "she" right after the verb of speech, and
// the surname alone on the same page with a courtesy title or speaking ("Ms. Jones said").
// A firm's apposition is a trade ("the diamond miner", "a lender"), so only nouns no body
// is called are listed here, and a role noun (ROLE_NOUNS: "a spokesman") counts as well.

import { ORG_HEADS, ROLE_NOUNS, SPEECH_VERBS } from './entity-cues';
import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

// What news calls a person it quotes: by their life, not by any office (those are ROLE_NOUNS).
// Not what a firm may be called too: "a victim of the slump", "the parent of", "a driver of".
const PERSON_NOUNS = new Set(
  `farmer farmers resident teacher nurse doctor student pupil mother father grandmother grandfather
  widow widower pensioner retiree volunteer witness neighbour neighbor shopkeeper veteran
  firefighter officer son daughter wife husband woman man girl boy fisherman fishermen
  engineer worker nun priest pastor activist researcher scientist artist singer actor
  actress poet teenager mom dad`.split(/\s+/),
);
// ", a farmer in the valley", ", the mother of three,", ", a 34-year-old nurse": an article and
// up to three words, then the head noun before a closing mark or a preposition.
const APPOSED =
  new RegExp(String.raw`^,${S}(?:the|a|an)${S}(?:(?!(?:of|for|at|in|on|to|from|with|by|and|or|the|a|an)[^\S\n])[\p{L}\p{N}’'-]+${S}){0,3}?(\p{Ll}+)(?=${S_OPT}[,.;:—–)]|${S}(?:of|for|at|in|on|from|with|who|whose)\b)`, 'u');
// "MARY JONES said she …", "told reporters he …".
const SPEAKS_AS_PERSON = new RegExp(String.raw`^${S}(\p{Ll}+)(?:${S}\p{Ll}+)?${S}(?:she|he)\b`, 'u');
const CAPS_WORD = /^\p{Lu}{2,}$/u;
// Role nouns a firm is called too: "ACME, the fund manager", "a leader in solar panels".
const FIRM_ROLES = new Set(['manager', 'leader']);

const titleCase = (w: string): string => w.charAt(0) + w.slice(1).toLowerCase();
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the all-caps name `words`, with `after` the text right after it and `text` the
 *  whole page, is named a person by its apposition, its pronoun or its surname elsewhere. */
export function capsPersonCue(words: string[], after: string, text: string): boolean {
  if (words.length < 2 || words.length > 3 || !words.every((w) => CAPS_WORD.test(w))) return false;
  // "ACME CAPITAL, the fund manager", "KENT POLICE said he was arrested" (of someone else): a
  // body's head word outweighs a role noun, a pronoun and a surname that speaks.
  const bodyHead = words.some((w) => ORG_HEADS.has(titleCase(w)));
  const head = APPOSED.exec(after)?.[1];
  if (head !== undefined && (PERSON_NOUNS.has(head) || (ROLE_NOUNS.has(head) && !bodyHead && !FIRM_ROLES.has(head)))) return true;
  const surname = escape(titleCase(words[words.length - 1] ?? ''));
  // "Ms. Jones": the surname titled elsewhere on the page, whatever the name's words.
  if (new RegExp(String.raw`\b(?:Mr|Mrs|Ms|Miss|Dr)\.?${S}${surname}\b`, 'u').test(text)) return true;
  if (bodyHead) return false;
  const verb = SPEAKS_AS_PERSON.exec(after)?.[1];
  if (verb !== undefined && SPEECH_VERBS.has(verb)) return true;
  // "Jones told": the surname in ordinary case speaking, and not after a capitalised word: the
  // name's first ("De Beers said", a brand the page also writes so) or another's ("ROYAL MAIL
  // … the Daily Mail said", "ALPHA BANK … the European Central Bank said").
  const speaks = [...SPEECH_VERBS].join('|');
  return new RegExp(String.raw`(?<!\p{Lu}[\p{L}’'.-]*${S})\b${surname}${S}(?:${speaks})\b`, 'u').test(text);
}
