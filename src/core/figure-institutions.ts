// The institutions a sentence names, and whether two names are one owner. The names are the
// entity pipeline's own (the mentions findEntities gives the store and the page), kept where
// they name a body that publishes or sets figures; two names are one owner by the alias rules
// that group the store's entities (aliases.ts), so "Fed", "ECB" and "Powell" fold as they do
// there.

import { aliasKey } from './alias-key';
import { LAW_AFTER } from './figure-actors';
import { named, type Named } from './figure-named';
import { isClipOf, isInitialsOf, isLastWordOf, isWordAndInitialsOf } from './alias-pairs';
import { STOP_WORDS } from './stop-words';
import { ORG_ACRONYMS } from './org-acronyms';
import type { EntityMention } from './types';
import { INLINE_SPACE as S } from './inline-space';

// Head words of bodies that publish or set figures. "Fed" is the one clipped name news
// uses for a bank as freely as its full one. A committee, council or board ("Governing
// Council", "Monetary Policy Committee") is a body of one of these, named without it; a
// company, an agency quoted ("Reuters") or a council a person chairs owns no figure.
// A survey is a body that measures ("the United States Geological Survey said").
const HEADS = 'Survey|Bank|Reserve|Commission|Fund|Office|Ministry|Treasury|Union|Parliament|Government|Authority|Agency|Department|Institute|Bureau|Organization|Organisation|Centers|Centres';
const HEAD = new RegExp(`^(?:${HEADS}|Fed|[A-Z][a-z]+bank)$`);
// "the authority’s chief executive", "the central bank": a body the story named before, by
// its head word in lower case (one word may come between).
export const DEFINITE_HEAD = new RegExp(String.raw`\bthe${S}(?:[a-z]+${S})?(${HEADS.toLowerCase()})\b`, 'g');
// All-capitals names that are measures, currencies or countries, not bodies.
const NOT_OWNER_ACRONYMS = new Set(['GDP', 'PCE', 'CPI', 'CEO', 'CFO', 'US', 'UK', 'USD', 'EUR', 'GBP', 'AI']);
// An alliance of two is one too ("CDU/CSU"); a small letter may stand for a short word
// between its capitals ("AfD", Alternative für Deutschland).
const ACRONYM = String.raw`\p{Lu}(?:\p{Ll}?\p{Lu}){1,4}`;
const ACRONYM_NAME = new RegExp(`^${ACRONYM}(?:/${ACRONYM})?$`, 'u');
const POSSESSIVE_AFTER = /^['’]s?(?!\p{L})/u;
const POSSESSIVE_GAP = new RegExp(String.raw`^['’]s?${S}`);
// A capitalised word before a possessive: "Miran’s term".
const HEAD_WORD = new RegExp(String.raw`(?<=[\p{L},;:]${S})(\p{Lu}\p{Ll}+)(?![\p{L}'’-])`, 'gu');
// "With Saturday’s handover": a day's or a month's possessive says when, not whose.
const TIME_WORD = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|August|September|October|November|December|Today|Yesterday|Tomorrow)$/;
const POSSESSIVE_WORD = /(?<![\p{L}'’.-])(\p{Lu}[\p{L}-]*)['’]s?(?!\p{L})/gu;

// "Africa CDC", "Texas DSHS": a word before an acronym says which of that body it is, and the
// name owns figures as the acronym alone does, whatever type one sentence gives it (no
// person's name ends in an acronym; a ruler's numeral and a company's legal form are none).
const QUALIFIED_ACRONYM = /^\p{Lu}[\p{L}'’-]*[^\S\n](\p{Lu}{2,5})$/u;
const NOT_BODY_SUFFIX = /^(?:(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})|AG|SA|SE|NV|BV|PLC|LLC|LLP|LP|INC|CO|TV)$/;

export function isInstitution(m: EntityMention, after: string): boolean {
  if (LAW_AFTER.test(after)) return false;
  const name = aliasKey(m.canonical);
  const qualified = QUALIFIED_ACRONYM.exec(name)?.[1];
  if (m.type !== 'place' && qualified !== undefined && !NOT_BODY_SUFFIX.test(qualified)) return !NOT_OWNER_ACRONYMS.has(qualified);
  if (m.type !== 'org') return false;
  if (ACRONYM_NAME.test(name)) return !NOT_OWNER_ACRONYMS.has(name);
  // The head is before "of": the Court of Justice of the European Union is a court.
  return (name.split(' of ')[0] ?? name).split(' ').some((w) => HEAD.test(w));
}

/** The owners `n` names within [from, to), in order: its institutions and, with
 *  `possessors`, whoever a possessive names ("Powell's term" is not "Miran's term"). */
export function ownersOf(n: Named, possessors = true, from = 0, to = n.text.length): string[] {
  const found: { at: number; name: string }[] = [];
  const ends = new Set<number>();
  const starts = new Set(n.mentions.map((m) => m.start));
  for (const m of n.mentions) {
    if (m.start < from || m.end > to) continue;
    ends.add(m.end);
    // "The EU’s Court of Justice upheld the fine": a possessive before another name says
    // whose that body is, not whose the figure is.
    const ofName = POSSESSIVE_GAP.exec(n.text.slice(m.end, m.end + 8));
    if (ofName && starts.has(m.end + ofName[0].length)) continue;
    const possessive = possessors && POSSESSIVE_AFTER.test(n.text.slice(m.end, m.end + 2));
    if (isInstitution(m, n.text.slice(m.end, m.end + 40)) || possessive) found.push({ at: m.start, name: aliasKey(m.canonical) });
  }
  // A head word alone inside a sentence ("the Commission could still impose …") names the
  // body the story is about: the pipeline keeps it only beside its full name, which the
  // story may give paragraphs away.
  for (const m of n.text.slice(from, to).matchAll(HEAD_WORD)) {
    const at = from + m.index;
    if (HEAD.test(m[1] as string) && !n.mentions.some((x) => x.start <= at && at < x.end)) found.push({ at, name: m[1] as string });
  }
  // A sentence-opening name the pipeline takes only with more evidence than one sentence
  // gives ("Miran’s term runs until …") still says whose, by its possessive.
  if (possessors) {
    for (const m of n.text.slice(from, to).matchAll(POSSESSIVE_WORD)) {
      const word = m[1] as string;
      const end = from + m.index + word.length;
      if (!ends.has(end) && !STOP_WORDS.has(word) && !TIME_WORD.test(word)) found.push({ at: end - word.length, name: word });
    }
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.name))];
}

/** The owners `sentence` names (see ownersOf). */
export function ownersIn(sentence: string, possessors = true): string[] {
  return ownersOf(named(sentence), possessors);
}

function expand(name: string): string {
  return ORG_ACRONYMS.get(name) ?? name;
}

/** Whether two names of institutions (or people) may name the same one, by the rules that
 *  make aliases of the store's names: the same words, an acronym and its initials ("ECB",
 *  "European Central Bank"), a clipped first word ("Fed", "Federal Reserve"), a surname
 *  ("Powell", "Jerome Powell"), a word and an acronym ("Africa CDC", "Africa Centres for
 *  Disease Control and Prevention"); an acronym the store expands (org-acronyms.ts) as its
 *  expansion ("EU", "European Union"). */
export function sameOwner(a: string, b: string): boolean {
  const [x, y] = [expand(a), expand(b)];
  if (x.toLowerCase() === y.toLowerCase()) return true;
  if (isInitialsOf(a, y) || isInitialsOf(b, x) || isWordAndInitialsOf(a, y) || isWordAndInitialsOf(b, x)) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return isLastWordOf(short, long) || isClipOf(short, long);
}

/** Whether the owners named for two figures rule them apart: both name one and none of
 *  one side's can be the other's. */
export function ownersConflict(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) for (const y of b) if (sameOwner(x, y)) return false;
  return true;
}

// "won the election with 28.5% of the vote, while the far-right AfD doubled its support to
// 20.8%": a clause set against another has a subject of its own, so the bodies it names are
// not those of the other's figures. Not ", but": "The WFP said it had reached 300,000 people,
// but that its $17.6 million request was only a third funded" goes on with the same subject.
const CONTRAST = new RegExp(String.raw`,?${S}(?:while|whereas)${S}`, 'g');

/** The part [start, end) of `text` between the contrasts around [from, to). */
export function contrastPart(text: string, from: number, to = from): { start: number; end: number } {
  let start = 0;
  for (const m of text.matchAll(CONTRAST)) {
    if (m.index + m[0].length <= from) start = m.index + m[0].length;
    else if (m.index >= to) return { start, end: m.index };
  }
  return { start, end: text.length };
}
