// What the text says a named thing is: an apposition after the name ("Bezalel Smotrich,
// Israel’s finance minister,"), a title right before it ("National Security Advisor Mike
// Waltz"), or an apposition before it ("His administration's Middle East envoy, Steve
// Witkoff,"). Regexes only look at a short window around each mention, so this stays linear.

import { ROLE_NOUNS, TITLE_HEADS, TITLE_MODIFIERS } from './entity-cues';
import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';
import type { EntityMention } from './types';

// ", the/a/Israel’s … ," right after the name; stops at the next clause punctuation.
const AFTER = new RegExp(
  String.raw`^(?:['’]s?)?,${S}((?:the|a|an|his|her|its|their|former|then|\p{Lu}[\p{L}.-]*['’]s)${S}[^,.;:!?()“”"\n]{2,90}?)${S_OPT}(?=[,.;:!?)]|$)`,
  'u',
);
// Capitalised title words (and "of", "[of") directly before the name.
const TITLE_BEFORE = /((?:(?:\p{Lu}[\p{L}.’'-]*|\[?of|the)[ \t\u00a0]+\[?)+)$/u;
// A word that ends a sentence inside the match: "Israel. President Trump" keeps "President".
const SENTENCE_END_WORD = /^(?!(?:\p{L}\.)+$)(?!(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|St)\.$).*\.$/u;
// Lower-case role right before the name: "finance minister Bezalel Smotrich".
const ROLE_BEFORE = new RegExp(String.raw`((?:[\p{Ll}-]+${S}){0,3}(\p{Ll}+))${S}$`, 'u');
// "…Middle East envoy, Name": a noun phrase ending in a role, then a comma. It opens after a
// sentence's mark, which may end the line before.
const APPOSITION_BEFORE = new RegExp(
  String.raw`(?:^|[.;:“”"(]\s*|,${S}|\b(?:and|but)${S})((?:[\p{L}’'-]+${S}){0,7}?[\p{L}’'-]+),${S_OPT}$`,
  'u',
);
const LEADING = new RegExp(String.raw`^(?:the|a|an|his|her|its|their|our|The|A|An|His|Her|Its|Their|Our)${S}`);
const ARTICLE = new RegExp(String.raw`^(?:the|a|an)${S}$`, 'i');
const PRONOUN = new RegExp(String.raw`^(?:his|her|its|their|our)${S}`, 'i');
// A lower-case owner: "administration's" in "His administration's Middle East envoy".
const OWNER = new RegExp(String.raw`^\p{Ll}[\p{L}-]*['’]s${S}`, 'u');
// The apposition closes after the name ("…envoy, Steve Witkoff, conveyed") or ends the clause.
const CLOSED_AFTER = new RegExp(String.raw`^(?:['’]s)?${S_OPT}[,.;]`);
const IGNORED = new Set('the a an his her its their of and in on at for to former then'.split(' '));
const WORD = /[\p{L}’'-]+/gu;
const BRACKETS = /[[\]]/g;

// Not last-word.ts's lastWord on purpose: a phrase's last run of letters, punctuation left off.
function lastWord(phrase: string): string {
  const words = phrase.match(WORD);
  return words?.[words.length - 1] ?? '';
}

/** A description must say something: at least one lower-case word beyond the articles, so a
 *  list of names ("Gaza, the West Bank and Lebanon") is not read as an apposition. */
function saysSomething(phrase: string): boolean {
  for (const w of phrase.match(WORD) ?? []) if (/^\p{Ll}/u.test(w) && !IGNORED.has(w)) return true;
  return false;
}

function appositionAfter(text: string, m: EntityMention): string | null {
  const found = AFTER.exec(text.slice(m.end, m.end + 140))?.[1];
  if (!found || /^(?:who|which|whose|where|when)\b/.test(found) || !saysSomething(found)) return null;
  if (found.split(/\s+/).length > 12) return null;
  return withoutPronounOwner(found.trim());
}

const ROLE_MODIFIERS = new Set([...TITLE_MODIFIERS].map((w) => w.toLowerCase()));
function isRoleModifier(word: string): boolean {
  return ROLE_MODIFIERS.has(word) || word.includes('-') || ROLE_NOUNS.has(word);
}

// A character that cannot be inside a TITLE_BEFORE match: the match ends the window, so it
// starts after the last of these, and the regex need not scan what comes before it.
const NOT_IN_TITLE = /[^\p{L}.’'\-[ \t\u00a0]/u;

const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

/** Where the text before a mention could start a title: after the last character no title
 *  holds. Scanning back is cheap; the end-anchored regex tried every start position. */
function titleWindow(before: string): string {
  let i = before.length;
  // A surrogate half may belong to a letter outside the BMP: keep scanning, never cut there.
  while (i > 0 && (isSurrogate(before.charCodeAt(i - 1)) || !NOT_IN_TITLE.test(before[i - 1] ?? ''))) i--;
  return i === 0 ? before : before.slice(i);
}

/** The lower-case word right before the trailing space, the only one ROLE_BEFORE's match can
 *  end with; when it is no role noun, ROLE_BEFORE need not run. */
function lastLowerWord(before: string): string {
  let end = before.length;
  while (end > 0 && /\s/.test(before[end - 1] ?? '')) end--;
  if (end === before.length) return '';
  let start = end;
  while (start > 0 && /\p{Ll}/u.test(before[start - 1] ?? '')) start--;
  return before.slice(start, end);
}

function titleBefore(before: string): string | null {
  const caps = TITLE_BEFORE.exec(titleWindow(before))?.[1];
  if (caps) {
    let words = caps.replace(BRACKETS, '').trim().split(/\s+/);
    const cut = words.findLastIndex((w) => SENTENCE_END_WORD.test(w));
    if (cut >= 0) words = words.slice(cut + 1);
    // Keep from the first word that belongs to a title ("Today, President" never gets here:
    // the comma ends the match).
    if (words.some((w) => TITLE_HEADS.has(w))) {
      while (words.length > 0 && (words[0] === 'the' || words[0] === 'of')) words.shift();
      return words.join(' ');
    }
  }
  const role = ROLE_NOUNS.has(lastLowerWord(before)) ? ROLE_BEFORE.exec(before) : null;
  if (role?.[2] && ROLE_NOUNS.has(role[2])) {
    // Keep the words that qualify the role ("finance", "far-right"), not the clause before it.
    const words = (role[1] ?? '').trim().split(/\s+/);
    let from = words.length - 1;
    while (from > 0 && isRoleModifier(words[from - 1] ?? '')) from--;
    return words.slice(from).join(' ');
  }
  return null;
}

function appositionBefore(before: string, text: string, m: EntityMention): string | null {
  const found = APPOSITION_BEFORE.exec(before)?.[1];
  if (!found) return null;
  const role = lastWord(found);
  if (!ROLE_NOUNS.has(role.toLowerCase())) return null;
  if (!CLOSED_AFTER.test(text.slice(m.end, m.end + 3))) return null;
  const lead = LEADING.exec(found)?.[0] ?? '';
  const rest = found.slice(lead.length).trim();
  if (!OWNER.test(rest)) return rest;
  // Without its article the owner reads as a fragment ("administration's … envoy"): keep
  // "the"; a pronoun's owner means nothing on a card, so both go.
  return ARTICLE.test(lead) ? `${lead.toLowerCase()}${rest}` : withoutPronounOwner(rest);
}

/** "his administration's Middle East envoy" → "Middle East envoy"; other phrases as they are. */
function withoutPronounOwner(phrase: string): string {
  const rest = phrase.replace(PRONOUN, '');
  return OWNER.test(rest) ? rest.replace(OWNER, '') : phrase;
}

/** Mention index → description, for the mentions the text describes. */
export function findDescriptions(text: string, mentions: EntityMention[]): Map<number, string> {
  const out = new Map<number, string>();
  mentions.forEach((m, i) => {
    const before = text.slice(Math.max(0, m.start - 120), m.start);
    const found = appositionAfter(text, m) ?? titleBefore(before) ?? appositionBefore(before, text, m);
    if (found) out.set(i, found);
  });
  return out;
}
