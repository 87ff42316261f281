// Whose figure it is: the institutions a sentence names. The Bank of England's 4% rate is
// not the Fed's 4.00%-4.25% range, and the OBR's inflation forecast is not the ECB's, though
// each measures "the rate" or "inflation". The names are the entity pipeline's own (the
// mentions findEntities gives the store and the page), kept where they name a body that
// publishes or sets figures; two names are one owner by the alias rules that group the
// store's entities (aliases.ts), so "Fed", "ECB" and "Powell" fold as they do there.

import { aliasKey } from './alias-key';
import { LAW_AFTER, actingCompany, placeSpeaks } from './figure-actors';
import { isClipOf, isInitialsOf, isLastWordOf, isWordAndInitialsOf } from './aliases';
import { defaultLexicon } from './default-lexicon';
import { findEntities } from './entities';
import { STOP_WORDS } from './entity-cues';
import { ORG_ACRONYMS } from './org-acronyms';
import { findQuantities } from './quantities';
import { lastAtOrBefore } from './search';
import { splitSentences } from './segment';
import type { EntityMention } from './types';

/** Marks an owner in a figure's measure word list; no text yields it. */
export const OWNER_MARK = 'owner:';

// Head words of bodies that publish or set figures. "Fed" is the one clipped name news
// uses for a bank as freely as its full one. A committee, council or board ("Governing
// Council", "Monetary Policy Committee") is a body of one of these, named without it; a
// company, an agency quoted ("Reuters") or a council a person chairs owns no figure.
const HEADS = 'Bank|Reserve|Commission|Fund|Office|Ministry|Treasury|Union|Parliament|Government|Authority|Agency|Department|Institute|Bureau|Organization|Organisation|Centers|Centres';
const HEAD = new RegExp(`^(?:${HEADS}|Fed|[A-Z][a-z]+bank)$`);
// "the authority’s chief executive", "the central bank": a body the story named before, by
// its head word in lower case (one word may come between).
const DEFINITE_HEAD = new RegExp(String.raw`\bthe[^\S\n]+(?:[a-z]+[^\S\n]+)?(${HEADS.toLowerCase()})\b`, 'g');
// All-capitals names that are measures, currencies or countries, not bodies.
const NOT_OWNER_ACRONYMS = new Set(['GDP', 'PCE', 'CPI', 'CEO', 'CFO', 'US', 'UK', 'USD', 'EUR', 'GBP', 'AI']);
// An alliance of two is one too ("CDU/CSU").
const ACRONYM_NAME = /^\p{Lu}{2,5}(?:\/\p{Lu}{2,5})?$/u;
const POSSESSIVE_AFTER = /^['’]s?(?!\p{L})/u;
const POSSESSIVE_GAP = /^['’]s?[^\S\n]+/;
// A capitalised word before a possessive: "Miran’s term".
const HEAD_WORD = /(?<=[\p{L},;:][^\S\n]+)(\p{Lu}\p{Ll}+)(?![\p{L}'’-])/gu;
// "With Saturday’s handover": a day's or a month's possessive says when, not whose.
const TIME_WORD = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|August|September|October|November|December|Today|Yesterday|Tomorrow)$/;
const POSSESSIVE_WORD = /(?<![\p{L}'’.-])(\p{Lu}[\p{L}-]*)['’]s?(?!\p{L})/gu;

/** A text with the entity mentions found in it, their offsets within the text. */
export interface Named {
  text: string;
  mentions: readonly EntityMention[];
}

// A page's figures share sentences: the last few texts' mentions are kept.
const recent = new Map<string, Named>();
const RECENT_MAX = 64;

/** `text` with its mentions, found by the entity pipeline with the lexicon the store is
 *  built with, so a page sentence's names are typed as a stored article's are (a stored
 *  article's are found with the whole article, where a name is typed by all its mentions). */
export function findNamed(text: string): Named {
  return { text, mentions: findEntities(text, defaultLexicon()) };
}

/** findNamed for a page sentence, remembered. */
export function named(text: string): Named {
  const known = recent.get(text);
  if (known) return known;
  const out = findNamed(text);
  if (recent.size >= RECENT_MAX) recent.clear();
  recent.set(text, out);
  return out;
}

/** The part [from, to) of `whole` (an article's sentence), its mentions re-based. The
 *  mentions must be in text order (byStart): an article's sentences are each found by a
 *  binary search, not a pass over all of its mentions. */
export function namedPart(whole: Named, from: number, to: number): Named {
  const all = whole.mentions;
  const mentions: EntityMention[] = [];
  for (let i = lastAtOrBefore(all.length, (k) => (all[k] as EntityMention).start, from - 1) + 1; i < all.length; i++) {
    const m = all[i] as EntityMention;
    if (m.start >= to) break;
    if (m.end <= to) mentions.push({ ...m, start: m.start - from, end: m.end - from });
  }
  return { text: whole.text.slice(from, to), mentions };
}

/** `n` with its mentions in text order. */
export function byStart(n: Named): Named {
  return { text: n.text, mentions: [...n.mentions].sort((a, b) => a.start - b.start) };
}

// "Africa CDC", "Texas DSHS": a word before an acronym says which of that body it is, and the
// name owns figures as the acronym alone does, whatever type one sentence gives it (no
// person's name ends in an acronym; a ruler's numeral and a company's legal form are none).
const QUALIFIED_ACRONYM = /^\p{Lu}[\p{L}'’-]*[^\S\n](\p{Lu}{2,5})$/u;
const NOT_BODY_SUFFIX = /^(?:(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})|AG|SA|SE|NV|BV|PLC|LLC|LLP|LP|INC|CO|TV)$/;

function isInstitution(m: EntityMention, after: string): boolean {
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

// A person's own view of what is to come: "he saw the rate falling to about 2.9%", "Miran
// expects five cuts". Not an institution's forecast a person reports ("Powell said the Fed
// expects two more cuts").
const FORECASTS = String.raw`(?:(?:also|now|still)[^\S\n]+)?(?:sees?|saw|expects?|expected|forecasts?|forecast|predicts?|predicted|projects?|projected)\b`;
const OWN_FORECAST = new RegExp(String.raw`^[^\S\n]+${FORECASTS}`, 'i');
const PRONOUN_FORECAST = new RegExp(String.raw`\b(?:he|she)(?=[^\S\n]+${FORECASTS})`, 'gi');

/** The person whose own forecast a figure before `end` of `n` is: a person named right
 *  before a forecasting verb, or, where "he" or "she" forecasts, the person named last
 *  before the pronoun ("Powell said Miran, who dissented, … he saw" is Miran's). */
function forecaster(n: Named, end: number): string | null {
  const people = n.mentions.filter((m) => m.type === 'person' && m.end <= end);
  const byName = people.find((m) => OWN_FORECAST.test(n.text.slice(m.end, end)));
  if (byName) return aliasKey(byName.canonical);
  for (const m of n.text.slice(0, end).matchAll(PRONOUN_FORECAST)) {
    const speaker = people.filter((p) => p.end <= m.index).pop();
    if (speaker) return aliasKey(speaker.canonical);
  }
  return null;
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

/** A page's text before a figure's sentence (paragraphBefore) as the sentences of the
 *  figure's paragraph before it (the sentence before when it opens its paragraph) and those
 *  of the paragraphs before that. */
function splitEarlier(earlier: string): { paragraph: Named[]; further: string[] } {
  const cut = earlier.lastIndexOf('\n');
  // Only the paragraph's sentences are read for names here; the rest only if a head word asks.
  const further = cut < 0 ? [] : splitSentences(earlier.slice(0, cut)).map((s) => s.text);
  const own = splitSentences(earlier.slice(cut + 1)).map((s) => named(s.text));
  if (own.length > 0 || further.length === 0) return { paragraph: own, further };
  return { paragraph: further.slice(-1).map(named), further: further.slice(0, -1) };
}

/** The institution named last in `further` (sentences in order) with a head word that
 *  `texts` call a body by ("the authority"), as its only owner; none when they call none. */
function referredBody(texts: readonly Named[], further: readonly (string | Named)[]): string[] {
  const heads = new Set(texts.flatMap((t) => [...t.text.matchAll(DEFINITE_HEAD)].map((m) => (m[1] as string).toLowerCase())));
  if (heads.size === 0) return [];
  for (let i = further.length - 1; i >= 0; i--) {
    const s = further[i] as string | Named;
    const body = ownersOf(typeof s === 'string' ? named(s) : s, false).findLast((o) => o.split(' ').some((w) => heads.has(w.toLowerCase())));
    if (body !== undefined) return [body];
  }
  return [];
}

// "Brussels fined Google nearly €3 billion", "Washington has imposed tariffs of 50%": a
// place acting in the figure's own clause stands for a body there that the sentence does
// not name; the institutions of its other clauses ("an inquiry into the European Union’s
// rules") are not said to be that body, nor are those of the sentences before.
const ACTS_AFTER = /^[^\S\n]+(?:[a-z]+ed|has|had|have|is|was|will|would|says|said)\b/;
const PLACE_BEFORE = /\b(?:in|at|from|to|into|of|on|for|by|near|across|with|against)[^\S\n]+(?:the[^\S\n]+)?$/i;

function placeActs(n: Named, clause: { start: number; end: number }): boolean {
  return n.mentions.some(
    (m) =>
      m.type === 'place' &&
      m.start >= clause.start &&
      m.end <= clause.end &&
      ACTS_AFTER.test(n.text.slice(m.end, m.end + 24)) &&
      !PLACE_BEFORE.test(n.text.slice(Math.max(0, m.start - 16), m.start)),
  );
}

/** The institutions `n` names between the figure before `at` and `at`; or, in a list that
 *  leaves out its verb ("the AfD 152, the Greens 85"), the organisation named right before the
 *  figure, whatever its head word. */
function ownersSince(n: Named, at: number): string[] {
  const from = figureBefore(n.text, at);
  const found = ownersOf(n, false, from, at);
  if (found.length > 0) return found;
  const listed = n.mentions.find((m) => m.type === 'org' && m.start >= from && m.end < at && /^[^\S\n]+$/.test(n.text.slice(m.end, at)));
  return listed === undefined ? [] : [aliasKey(listed.canonical)];
}

/** Where the text after the figure before `at` in `text` starts (0 for the first). */
function figureBefore(text: string, at: number): number {
  return findQuantities(text).filter((q) => q.end <= at).pop()?.end ?? 0;
}

/** Owner marks for a figure of `sentence`: the institutions it names and whoever a
 *  possessive in the figure's own clause [clause.start, clause.end) names ("Miran's own
 *  forecast implies five" is Miran's, the "two" before it is not); else the institutions of
 *  the nearest earlier sentence of its paragraph that names one ("the bank's 2% target" two
 *  sentences after "The Bank of England cut…"), or of the sentence before when the figure's
 *  opens its paragraph; else the body those sentences call by a head word ("the authority"),
 *  named last before them; else `fallback` (a stored article's lead institutions); none
 *  where a place acts in its clause ("Brussels fined …"). `earlier` is the text before the
 *  sentence (a page's, paragraphBefore) or the paragraph's sentences before it (a stored
 *  article's, the sentence before at its start), `before` then the article's sentences
 *  before those; all in order. */
export function ownerMarks(
  sentence: Named,
  clause: { start: number; end: number; countAt?: number; figureAt?: number },
  earlier: string | readonly Named[] = [],
  fallback: readonly string[] = [],
  before: readonly Named[] = [],
): string[] {
  // A person's own forecast is theirs, not their institution's: one member's 2.9% is not the
  // committee's median.
  const own = forecaster(sentence, clause.end);
  if (own !== null) return [`${OWNER_MARK}${own}`];
  if (placeActs(sentence, clause)) return [];
  let owners = [...ownersOf(sentence, false), ...ownersOf(sentence, true, clause.start, clause.end)];
  // "The CDU budgeted €28 million … and the SPD about €25 million", "the FDP, at 4.3%, and the
  // BSW, at 4.97%": where the sentence names several, the ones named since the figure before
  // are this one's.
  const since = clause.figureAt === undefined ? [] : ownersSince(sentence, clause.figureAt);
  if (since.length > 0) owners = [...since, ...ownersOf(sentence, true, clause.start, clause.end)];
  // A company doing what the count counts owns it; a place's minister speaking speaks for
  // no body of the sentences before (figure-actors.ts).
  const actor = owners.length === 0 && clause.countAt !== undefined ? actingCompany(sentence, clause.countAt) : null;
  if (actor !== null) owners = [actor];
  else if (owners.length === 0 && placeSpeaks(sentence)) return [];
  // A person's possessive is said of one figure; the institutions of a story go on.
  const { paragraph, further } = typeof earlier === 'string' ? splitEarlier(earlier) : { paragraph: earlier, further: before };
  for (let i = paragraph.length - 1; i >= 0 && owners.length === 0; i--) owners = ownersOf(paragraph[i] as Named, false);
  // "The regulator can fine companies up to 10%", after "the authority’s chief executive":
  // the body the paragraph calls by its head word is the one named last with it before.
  if (owners.length === 0) owners = referredBody([sentence, ...paragraph], further);
  if (owners.length === 0) owners = [...fallback];
  return [...new Set(owners)].map((o) => `${OWNER_MARK}${o}`);
}
