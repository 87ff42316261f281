// Prison terms: a length of time a court gave someone ("sentenced to 25 years", "serving a
// 25-year sentence"), the most a charge carries ("faces up to 110 years in prison") and what a
// side asked the court for ("Prosecutors had sought at least 40 years"). A duration's clause
// often names nothing else it measures, so without marks of their own a term could not meet
// the stored one, and would meet any other length of the story; and a term is one person's, so
// a witness's two years are no measure of the defendant's 25.

import { isDuration } from './quantity-kinds';
import { SUBJECT_MARK } from './figure-subjects';
import type { Quantity } from './types';
import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

/** Marks a prison term, and which kind, in a measure word list (measure-lexicon topics). */
export const PRISON_TERM = 'prison-term';
export const PRISON_MAXIMUM = 'prison-maximum';
export const PRISON_ASKED = 'prison-asked';

const IN_YEARS = /\b(?:years?|months?)$/i;
// Right after the figure: "25 years in prison", "a 25-year sentence", "a 10-year prison term".
const PRISON_AFTER = new RegExp(String.raw`^(?:${S}(?:in|behind)${S}(?:prison|jail|bars)\b|${S}(?:prison${S}|jail${S})?(?:sentence|term)s?\b)`, 'i');
// Before it, with only a few words between: "was sentenced on Thursday to", "is serving (a)".
const SENTENCED_BEFORE = new RegExp(String.raw`\b(?:sentenced|jailed|imprisoned)\b[^.;,]{0,30}?${S}(?:to|for)${S}(?:a${S})?$`, 'i');
const SERVING_BEFORE = new RegExp(String.raw`\b(?:serving|serve|serves|served)${S}(?:a${S})?$`, 'i');
// A time served in a post, not in a cell: "served five years in the Army", "as mayor", "on the
// bench"; "a four-year term" alone is an office's. Either is a court's only beside its words.
const POST_AFTER = new RegExp(String.raw`^${S}(?:as|on|at|with|under|in)\b`, 'i');
const BARE_TERM_AFTER = new RegExp(String.raw`^${S}terms?\b`, 'i');
const OF_AFTER = new RegExp(String.raw`^${S}of\b`, 'i');
const CRIME_WORDS = /\b(?:prison|jail|sentenc\w*|convict\w*|guilty|prosecutors?|parole|fraud|murder|crimes?)\b/i;
// "a 10-year contract", "20 years of litigation": the compound's noun or the "of" says what the
// length measures, so it is a term only where that is a sentence or a prison.
const COMPOUND = /-(?:years?|months?)$/i;
const FACES_BEFORE = new RegExp(String.raw`\b(?:faces?|facing|faced|carries|carry|carried|maximum${S}of)${S}(?:a${S})?$`, 'i');
const ASKED_BEFORE = new RegExp(String.raw`\b(?:asked${S}for|argued${S}for|called${S}for|sought|seeks?|seeking|recommended|requested)${S}(?:a${S})?$`, 'i');
const TERM_VERB = new RegExp(String.raw`\b(?:(?:was|is|has${S}been|had${S}been|has|had|will${S}be)${S})?(?:sentenced|jailed|imprisoned|serving|serve|serves|served|faces?|facing|faced)\b`, 'gi');
// A sentence that speaks of a court's term at all: what was asked is a term only there.
const COURT_WORDS = /\b(?:prosecutors?|defen[cs]e|lawyers?|prison|jail|sentenc\w*|judge)\b/i;

/** The marks of a prison term for duration `q` of `sentence` (offsets within it), or none. */
export function prisonTerm(sentence: string, q: Quantity): string[] {
  if (q.kind !== 'number' || !isDuration(q) || !IN_YEARS.test(q.text)) return [];
  const before = sentence.slice(Math.max(0, q.start - 60), q.start);
  const after = sentence.slice(q.end);
  const courtSaid = CRIME_WORDS.test(sentence);
  const prisonAfter = PRISON_AFTER.test(after) && (courtSaid || !BARE_TERM_AFTER.test(after));
  if (!prisonAfter && (COMPOUND.test(q.text) || OF_AFTER.test(after))) return [];
  const served = SERVING_BEFORE.test(before) && (courtSaid || !POST_AFTER.test(after));
  let kind: string | null = null;
  let verbAt = -1;
  if (FACES_BEFORE.test(before) && (prisonAfter || q.qualifier === 'up to')) kind = PRISON_MAXIMUM;
  else if (ASKED_BEFORE.test(before) && COURT_WORDS.test(sentence)) kind = PRISON_ASKED;
  else if (SENTENCED_BEFORE.test(before) || served || prisonAfter) kind = PRISON_TERM;
  if (kind === null) return [];
  // The last such verb before the figure, with its auxiliary: the subject is the name before.
  for (const v of sentence.slice(0, q.start).matchAll(TERM_VERB)) verbAt = v.index;
  const person = verbAt >= 0 ? subjectBefore(sentence.slice(0, verbAt)) : null;
  const marks = kind === PRISON_TERM ? [PRISON_TERM] : [PRISON_TERM, kind];
  return person === null ? marks : [...marks, `${SUBJECT_MARK}${person}`];
}

// A clause between commas that opens in lower case or with a figure says more of the name
// before it ("Sam Bankman-Fried, the founder of FTX, was", "Mashinsky, 59, faces", "who built
// FTX …,"), so the subject is the name before it.
const SAID_MORE = /,[^,]*,\s*$/;
const LAST_NAME = new RegExp(String.raw`(\p{Lu}[\p{L}'’-]*)(?:${S}(?:[IVX]+|Jr\.?|Sr\.?))?${S_OPT}$`, 'u');
const RELATIVE_END = new RegExp(String.raw`\b(?:who|which|that)${S_OPT}$`, 'i');

/** The surname of the person a verb at the end of `head` is said of, lower-case, or null. */
function subjectBefore(head: string): string | null {
  let h = head.replace(RELATIVE_END, '').trimEnd();
  if (!h.endsWith(',')) return LAST_NAME.exec(h)?.[1]?.toLowerCase() ?? null;
  // Drop the clauses that say more of the name, one at a time, as long as they do.
  for (let i = 0; i < 3 && h.endsWith(','); i++) {
    const m = SAID_MORE.exec(h);
    if (!m) break;
    const inner = m[0].slice(1, -1).trim().replace(/,$/, '').trim();
    if (/^\p{Lu}/u.test(inner)) return LAST_NAME.exec(inner)?.[1]?.toLowerCase() ?? null;
    h = h.slice(0, m.index).trimEnd();
  }
  return LAST_NAME.exec(h.replace(/,$/, ''))?.[1]?.toLowerCase() ?? null;
}

/** Two durations of which one is a prison term, or a kind of one, and the other not. */
export function prisonTermsApart(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return [PRISON_TERM, PRISON_MAXIMUM, PRISON_ASKED].some((m) => a.has(m) !== b.has(m));
}
