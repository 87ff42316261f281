// One pass over a chunk of page text: what to highlight and what it links to.
//
//   gazetteer (stored aliases, Aho–Corasick)  → linked names
//   findQuantities                            → numbers and dates
//   findEntities (capitalised-span discovery) → names the store does not know (unlinked,
//                                               unless their written form is a stored alias)
//   overlaps: the longest span wins; at equal length linked > unlinked > number.
//   a stored acronym the page spells out as another name is that name, or a law's acronym
//   (unmarked); an unlinked acronym or generic head ('the Bank') takes the longer name it stands for
//   on the page (page-acronyms, page-heads), or else the stored body whose initials it spells
//   (stored-initials); a stored surname takes the page's own person
//   of that name when the page names only that one in full (page-surnames), and so does a
//   company's one-word short form the page never spells out (page-surname-orgs), a stored
//   person's surname the page's organisation opens with is its short form (page-org-surnames), and a
//   stored town's name after the page's person of that surname (page-surname-towns); a stored
//   name the page's apposition calls another kind of thing is a namesake (page-namesakes).
//
// Runs in the content script on chunks of very long pages, so it stays linear in the text.

import { afterThe } from './after-the';
import { aliasKey, linkKey } from './alias-key';
import { isCapsWord, type KnownName } from './caps-words';
import { EVENT_NOUNS_AFTER } from './entity-cues';
import { eventNamedForWord } from './name-form';
import { findEntities } from './entities';
import type { CompiledMatcher } from './matcher';
import { opensAsCommonNoun } from './opener-nouns';
import { foldPageAcronyms, yieldStoredAcronyms } from './page-acronyms';
import { foldPageHeads } from './page-heads';
import { foldSurnameShortForms } from './page-surname-orgs';
import { foldOrgSurnames } from './page-org-surnames';
import { foldSurnameTowns } from './page-surname-towns';
import { unlinkNamesakes } from './page-namesakes';
import { foldPageSurnames } from './page-surnames';
import { linkStoredInitials } from './stored-initials';
import { findQuantities } from './quantities';
import type { EntityMention, PageAnnotation } from './types';

interface Candidate {
  a: PageAnnotation;
  rank: number;
}

// The two lower-case words after a name ("the Nova music festival"), past a second name it
// shares its noun with ("the Palisades and Eaton fires").
const NOUNS_AFTER = /^(?:\s+and\s+\p{Lu}[\p{L}’'-]*)?\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u;

/** "the Eaton fire": an event named by one word is that event only before its noun; elsewhere
 *  the word is whatever the event was named for ("Eaton said", a company; "the Palisades
 *  nuclear plant"; "in the Palisades alone", the place), and discovery types it. */
function eventWordWithoutNoun(text: string, name: string, end: number): boolean {
  if (!eventNamedForWord(name)) return false;
  const m = NOUNS_AFTER.exec(text.slice(end, end + 60));
  const isNoun = (w: string | undefined) => w !== undefined && (EVENT_NOUNS_AFTER.has(w) || EVENT_NOUNS_AFTER.has(w.replace(/s$/, '')));
  return !isNoun(m?.[1]) && !isNoun(m?.[2]);
}
const RANK_LINKED = 2;
const RANK_UNLINKED = 1;
const RANK_QUANTITY = 0;

function better(x: Candidate, y: Candidate): number {
  return y.a.end - y.a.start - (x.a.end - x.a.start) || y.rank - x.rank || x.a.start - y.a.start;
}

/** Keep the best of each group of overlapping candidates, then the next best that fits. */
function resolveOverlaps(cands: Candidate[]): PageAnnotation[] {
  cands.sort((x, y) => x.a.start - y.a.start || y.a.end - x.a.end);
  const out: PageAnnotation[] = [];
  let i = 0;
  while (i < cands.length) {
    // A cluster: candidates chained by overlap.
    let reach = cands[i]?.a.end ?? 0;
    let j = i + 1;
    while (j < cands.length && (cands[j]?.a.start ?? 0) < reach) reach = Math.max(reach, cands[j++]?.a.end ?? 0);
    if (j === i + 1) out.push((cands[i] as Candidate).a);
    else {
      const kept: PageAnnotation[] = [];
      for (const c of cands.slice(i, j).sort(better)) {
        if (kept.every((k) => c.a.end <= k.start || c.a.start >= k.end)) kept.push(c.a);
      }
      out.push(...kept.sort((x, y) => x.start - y.start));
    }
    i = j;
  }
  return out;
}

/** A country or body the matcher knows, not a city or region, which a short word in
 *  capitals may stand beside ("CHINA AND US"). */
function knownBody(m: CompiledMatcher): KnownName {
  return (name) => {
    const type = m.lexicon.names.get(linkKey(name));
    return (type === 'place' || type === 'org') && m.lexicon.minor?.has(aliasKey(name)) !== true;
  };
}

/** Whether discovery reads a stored place's name as the short form of a body the page names
 *  in full with it ("Washington" of the "Washington Capitals", typed by the page's cues). */
function sideOfPlace(m: CompiledMatcher, d: EntityMention): boolean {
  if (d.type !== 'org' || !d.canonical.startsWith(`${d.text} `)) return false;
  return m.entities[m.byKey.get(linkKey(d.text)) ?? -1]?.type === 'place';
}

/** Highlights for `text`; offsets are shifted by `base` (the chunk's place in the page). */
export function annotateText(m: CompiledMatcher, text: string, base = 0): PageAnnotation[] {
  const cands: Candidate[] = [];
  const isKnown = knownBody(m);
  // "the Strip" after "Gaza Strip": a generic head names the place or body just mentioned.
  const heads = new Map<string, { at: number; entity: number }>();
  for (const hit of m.automaton.findLongest(text)) {
    const index = m.patternEntity[hit.pattern] ?? -1;
    const e = m.entities[index];
    if (!e) continue;
    // "Apple growers in Poland … Polish apples": a sentence's first word, not the company.
    if (opensAsCommonNoun(text, hit.start, hit.end)) continue;
    // "LET US PRAY": the pronoun in a line of capitals, not the United States.
    if (isCapsWord(text, hit.start, hit.end, isKnown)) continue;
    if (e.type === 'event' && eventWordWithoutNoun(text, e.name, hit.end)) continue;
    const words = e.name.split(' ');
    const head = words[words.length - 1] ?? '';
    if (e.type !== 'person' && words.length > 1 && !heads.has(head)) heads.set(head, { at: hit.end, entity: index });
    cands.push({
      a: { start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end), kind: e.type, entityId: e.id, canonical: e.name },
      rank: RANK_LINKED,
    });
  }
  for (const q of findQuantities(text)) {
    cands.push({
      a: { start: q.start, end: q.end, text: q.text, kind: q.kind, entityId: null, canonical: null, quantity: q },
      rank: RANK_QUANTITY,
    });
  }
  for (const d of findEntities(text, m.lexicon)) {
    if (isCapsWord(text, d.start, d.end, isKnown)) continue;
    // Written another way than any pattern ("HAMAS", "U.S" in a headline, "Sanchez" for a stored
    // "Sánchez"): still the stored one.
    const head = heads.get(d.text);
    const byHead = head && head.at <= d.start && afterThe(text, d.start);
    const stored = m.entities[byHead ? head.entity : (m.byKey.get(linkKey(d.canonical)) ?? -1)];
    const e = stored?.type === 'event' && eventWordWithoutNoun(text, stored.name, d.end) ? undefined : stored;
    cands.push({
      a: {
        start: d.start,
        end: d.end,
        text: d.text,
        kind: e?.type ?? d.type,
        entityId: e?.id ?? null,
        canonical: e?.name ?? d.canonical,
      },
      // "Los Angeles and Ventura counties": a name the page gives a head ("Los Angeles County")
      // outranks the stored shorter one written the same ("Los Angeles", the city).
      // "Washington" for the "Washington Capitals" the page names: the page's side outranks
      // the stored city written the same.
      rank: e ? RANK_LINKED + (d.canonical.startsWith(`${d.text} `) ? 1 : 0) : sideOfPlace(m, d) ? RANK_LINKED + 1 : RANK_UNLINKED,
    });
  }
  const out = yieldStoredAcronyms(resolveOverlaps(cands), text);
  foldPageAcronyms(out, text);
  linkStoredInitials(out, m.entities);
  foldPageHeads(out);
  foldPageSurnames(out, text);
  foldSurnameShortForms(out);
  foldOrgSurnames(out, text);
  foldSurnameTowns(out, text, (key) => m.lexicon.minor?.has(key) === true);
  unlinkNamesakes(out, text);
  if (base !== 0) {
    for (const a of out) {
      a.start += base;
      a.end += base;
      if (a.quantity) a.quantity = { ...a.quantity, start: a.quantity.start + base, end: a.quantity.end + base };
    }
  }
  return out;
}
