// Whose figure it is. The Bank of England's 4% rate is not the Fed's 4.00%-4.25% range, and
// the OBR's inflation forecast is not the ECB's, though each measures "the rate" or
// "inflation". A figure's owners are the institutions its sentence names
// (figure-institutions.ts), else those of the sentences before it, else the stored article's
// lead ones; a person's own forecast is that person's.

import { aliasKey } from './alias-key';
import { actingCompany, orgSpeaks, personSpeaks, placeSpeaks } from './figure-actors';
import { DEFINITE_HEAD, contrastPart, ownersOf } from './figure-institutions';
import { named, type Named } from './figure-named';
import { relativeSubject } from './figure-relative-owners';
import { bodiesOnlyAsSources } from './figure-sources';
import { gappedCompany, reckoningCompany } from './figure-sum-owners';
import { raisingCompany } from './figure-raise-owners';
import { findQuantities } from './quantities';
import { splitSentences } from './segment';
import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

/** Marks an owner in a figure's measure word list; no text yields it. */
const PRONOUN_POSSESSIVE_BEFORE = new RegExp(String.raw`\b(?:its|their)${S}$`, 'i');
export const OWNER_MARK = 'owner:';

// A person's own view of what is to come: "he saw the rate falling to about 2.9%", "Miran
// expects five cuts". Not an institution's forecast a person reports ("Powell said the Fed
// expects two more cuts").
const FORECASTS = String.raw`(?:(?:also|now|still)${S})?(?:sees?|saw|expects?|expected|forecasts?|forecast|predicts?|predicted|projects?|projected)\b`;
const OWN_FORECAST = new RegExp(String.raw`^${S}${FORECASTS}`, 'i');
const PRONOUN_FORECAST = new RegExp(String.raw`\b(?:he|she)(?=${S}${FORECASTS})`, 'gi');

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

/** A page's text before a figure's sentence (paragraphBefore) as the sentences of the
 *  figure's paragraph before it (the sentence before when it opens its paragraph) and those
 *  of the paragraphs before that. */
function splitEarlier(earlier: string): { paragraph: Named[]; further: string[]; opens: boolean } {
  const cut = earlier.lastIndexOf('\n');
  // Only the paragraph's sentences are read for names here; the rest only if a head word asks.
  const further = cut < 0 ? [] : splitSentences(earlier.slice(0, cut)).map((s) => s.text);
  const own = splitSentences(earlier.slice(cut + 1)).map((s) => named(s.text));
  if (own.length > 0 || further.length === 0) return { paragraph: own, further, opens: own.length === 0 };
  return { paragraph: further.slice(-1).map(named), further: further.slice(0, -1), opens: true };
}

// "Los Angeles Fire Department Chief Kristin Crowley": a body, a title, then the person.
const TITLE_BETWEEN = new RegExp(String.raw`^${S}\p{Lu}\p{Ll}+(?:${S}\p{Lu}\p{Ll}+)?${S}$`, 'u');

/** Whether every organisation `n` names is named as a person's title. */
function bodiesOnlyInTitles(n: Named): boolean {
  const orgs = n.mentions.filter((m) => m.type === 'org');
  return orgs.length > 0 && orgs.every((m) => n.mentions.some((p) => p.type === 'person' && p.start > m.end && TITLE_BETWEEN.test(n.text.slice(m.end, p.start))));
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
const ACTS_AFTER = new RegExp(String.raw`^${S}(?:[a-z]+ed|has|had|have|is|was|will|would|says|said)\b`);
const PLACE_BEFORE = new RegExp(String.raw`\b(?:in|at|from|to|into|of|on|for|by|near|across|with|against)${S}(?:the${S})?$`, 'i');

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

// "In Thailand, the toll from the collapse of the tower in Bangkok rose to 63": a sentence that
// opens by setting its place turns to another scene, so the bodies of the sentences before
// ("OCHA warned …") are not its figures' owners.
const PLACE_OPENING = new RegExp(String.raw`^(?:In|At|Across|Inside|Outside|Throughout)${S}(?:the${S})?$`);
const COMMA_AFTER = new RegExp(String.raw`^${S_OPT},`);

function opensWithPlace(n: Named): boolean {
  const first = n.mentions[0];
  return first !== undefined && first.type === 'place' && PLACE_OPENING.test(n.text.slice(0, first.start)) && COMMA_AFTER.test(n.text.slice(first.end));
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
  clause: { start: number; end: number; countAt?: number; figureAt?: number; sumAt?: number; raiseAt?: number },
  earlier: string | readonly Named[] = [],
  fallback: readonly string[] = [],
  before: readonly Named[] = [],
): string[] {
  // A person's own forecast is theirs, not their institution's: one member's 2.9% is not the
  // committee's median.
  const own = forecaster(sentence, clause.end);
  if (own !== null) return [`${OWNER_MARK}${own}`];
  if (placeActs(sentence, clause)) return [];
  // "the $20 billion it estimated", "the $250,000 that deposit insurance covers": a relative
  // clause's subject says whose (figure-relative-owners.ts).
  const relative = clause.figureAt === undefined ? null : relativeSubject(sentence.text, clause.figureAt);
  if (relative === 'thing') return [];
  const held = relative === 'pronoun' ? ownersOf(sentence, true) : [];
  if (held.length > 0) return held.map((o) => `${OWNER_MARK}${o}`);
  const part = contrastPart(sentence.text, clause.start, clause.end);
  // "asking a court to overturn President Biden's order that blocked their $14.9 billion
  // merger": a figure a pronoun says is someone's is not the named possessor's elsewhere in
  // its clause, whose possessive is of another thing (the order).
  const pronounHeld = clause.figureAt !== undefined && PRONOUN_POSSESSIVE_BEFORE.test(sentence.text.slice(Math.max(0, clause.figureAt - 8), clause.figureAt));
  let owners = [...ownersOf(sentence, false, part.start, part.end), ...(pronounHeld ? [] : ownersOf(sentence, true, clause.start, clause.end))];
  // "The CDU budgeted €28 million … and the SPD about €25 million", "the FDP, at 4.3%, and the
  // BSW, at 4.97%": where the sentence names several, the ones named since the figure before
  // are this one's.
  const since = clause.figureAt === undefined ? [] : ownersSince(sentence, clause.figureAt);
  if (since.length > 0) owners = [...since, ...ownersOf(sentence, true, clause.start, clause.end)];
  // A company doing what the count counts owns it; a place's minister speaking speaks for
  // no body of the sentences before (figure-actors.ts).
  // A company's own loss or estimate, and the company of a gapped list, own a sum
  // (figure-sum-owners.ts).
  const gapped = clause.sumAt === undefined ? null : gappedCompany(sentence, clause.sumAt);
  if (gapped !== null) owners = [gapped];
  // An employer's own raise is its own (figure-raise-owners.ts).
  const actor =
    owners.length > 0
      ? null
      : clause.countAt !== undefined
        ? actingCompany(sentence, clause.countAt)
        : clause.sumAt !== undefined
          ? reckoningCompany(sentence, clause.sumAt)
          : clause.raiseAt !== undefined
            ? raisingCompany(sentence, clause.raiseAt)
            : null;
  if (actor !== null) owners = [actor];
  else if (owners.length === 0 && (placeSpeaks(sentence) || orgSpeaks(sentence) || opensWithPlace(sentence))) return [];
  // A person's possessive is said of one figure; the institutions of a story go on.
  const { paragraph, further, opens } = typeof earlier === 'string' ? splitEarlier(earlier) : { paragraph: earlier, further: before, opens: false };
  // "About 31,000 people remain under evacuation orders, … Sheriff Robert Luna said", after a
  // paragraph ending "Los Angeles Fire Department Chief Kristin Crowley met …": a paragraph that
  // opens on a person quoted is that person's word, not that of a body the paragraph before
  // named only in another person's title. A body that acted there ("The Bank of England cut
  // rates", then "Governor Andrew Bailey said …") is still the one spoken for.
  const last = paragraph[paragraph.length - 1];
  if (owners.length === 0 && opens && last !== undefined && personSpeaks(sentence) && bodiesOnlyInTitles(last)) return [];
  if (owners.length === 0 && opens && last !== undefined && bodiesOnlyAsSources(last)) return [];
  for (let i = paragraph.length - 1; i >= 0 && owners.length === 0; i--) owners = ownersOf(paragraph[i] as Named, false);
  // "The regulator can fine companies up to 10%", after "the authority’s chief executive":
  // the body the paragraph calls by its head word is the one named last with it before.
  if (owners.length === 0) owners = referredBody([sentence, ...paragraph], further);
  if (owners.length === 0) owners = [...fallback];
  return [...new Set(owners)].map((o) => `${OWNER_MARK}${o}`);
}
