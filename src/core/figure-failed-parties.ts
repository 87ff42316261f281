// "The agency estimated the cost to its insurance fund at about $13 billion" in a story of
// First Republic Bank's seizure is no restatement of a stored "The FDIC put the cost of the
// failure to its deposit insurance fund at about $20 billion" in a story of Silicon Valley
// Bank's: a failure's cost is the failed party's, whoever bears it (both read as the FDIC's
// cost). The page says which party failed, in its sentence or in the text before (a story's
// lead names it first); a stored sentence says only "the failure", its story's. So a stored
// cost keeps the names of the bodies its article names (marked at extraction), and a page's
// failure cost meets it only where the failed party is one of them.

import { aliasKey } from './alias-key';
import { sameOwner } from './figure-institutions';
import { named, type Named } from './figure-named';
import { INLINE_SPACE as S } from './inline-space';
import type { Fact, Quantity } from './types';

/** Marks a body a stored cost's article names, in its measure word list; no text yields it. */
export const STORY_BODY_MARK = 'story-body:';

const COST = 'cost';
const NAME = String.raw`\p{Lu}[\p{L}&.'’-]*(?:${S}(?:of${S})?\p{Lu}[\p{L}&.'’-]*){0,4}`;
// "seized First Republic Bank", "Silicon Valley Bank collapsed", "the failure of Signature
// Bank", "Signature Bank's failure".
const FAILED = [
  new RegExp(String.raw`\b(?:closed|seized|shut${S}down|took${S}over)${S}(${NAME})`, 'gdu'),
  new RegExp(String.raw`(${NAME})${S}(?:(?:has|had)${S})?(?:failed|collapsed|went${S}(?:bust|under|bankrupt))\b`, 'gdu'),
  new RegExp(String.raw`\b(?:failure|collapse|bankruptcy)${S}of${S}(?:the${S})?(${NAME})`, 'gdu'),
  new RegExp(String.raw`(${NAME})['’]s?${S}(?:failure|collapse|bankruptcy)\b`, 'gdu'),
];
// "The largest failure since Washington Mutual collapsed in 2008 came on Friday": a failure
// the story measures its own against is not its own.
const COMPARED = /\b(?:since|than|like|unlike)\b[^,;.]*$/i;

/** The parties `text` says failed, in text order. A party is a body the entity pipeline
 *  finds ending where the capitalised run before the verb ends: the run may open with a word
 *  of the sentence ("When Silicon Valley Bank collapsed", "After Acme failed"), and a
 *  capitalised word alone is no party ("Talks collapsed", "Regulators seized …"). */
export function failedParties(text: string): { at: number; end: number; party: string }[] {
  const out: { at: number; end: number; party: string }[] = [];
  const { mentions } = named(text);
  for (const re of FAILED) {
    for (const m of text.matchAll(re)) {
      const run = (m[1] as string).replace(/['’]s?$/, '');
      const start = m.indices?.[1]?.[0] ?? m.index;
      const body = mentions.find((x) => x.type === 'org' && x.start >= start && x.end === start + run.length);
      if (body !== undefined && !COMPARED.test(text.slice(0, start))) out.push({ at: m.index, end: body.end, party: aliasKey(body.canonical) });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The party whose failure the page's cost `q` is of: the nearest one its sentence names
 *  before it, else the first the text before (`earlier`) names; null when none is said. */
export function failedPartyOf(sentence: string, q: Quantity, earlier: string): string | null {
  const own = failedParties(sentence).filter((p) => p.end <= q.start).pop();
  return own?.party ?? failedParties(earlier)[0]?.party ?? null;
}

/** Marks for a stored sum's `measure`: where it is a cost, every body its article names. */
export function storyBodyMarks(q: Quantity, measure: readonly string[], article: Named): string[] {
  if (q.form !== 'money' || !measure.includes(COST)) return [];
  return [...new Set(article.mentions.filter((m) => m.type === 'org').map((m) => `${STORY_BODY_MARK}${aliasKey(m.canonical)}`))];
}

// "First Republic" and "First Republic Bank": a name and its leading words are one party.
function oneParty(a: string, b: string): boolean {
  const [x, y] = [a.split(' '), b.split(' ')];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return sameOwner(a, b) || short.every((w, i) => w === long[i]);
}

/** Whether the page's cost `q` is of a failure the stored cost `fact`'s story never names. */
export function costsOfOtherFailures(sentence: string, q: Quantity, pageTopics: ReadonlySet<string>, earlier: string, fact: Fact): boolean {
  if (q.form !== 'money' || fact.quantity.form !== 'money' || !pageTopics.has(COST)) return false;
  const bodies = fact.measure.filter((w) => w.startsWith(STORY_BODY_MARK)).map((w) => w.slice(STORY_BODY_MARK.length));
  if (bodies.length === 0) return false;
  const party = failedPartyOf(sentence, q, earlier);
  return party !== null && !bodies.some((b) => oneParty(party, b));
}
