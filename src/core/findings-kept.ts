// An article's findings as the store keeps them. The build gives every mention and fact its
// sentence; a news-length article quotes each sentence for several of them, and the store's
// structured clone copies a string each time it meets it (and an object's field names with
// each object). Kept, each string an article's mentions use (a sentence, a name, a sentence
// key) is written once, the mentions are rows of indexes and offsets in one Int32Array
// (cloned as raw bytes), and a fact points at its sentence by index. Decoding hands every
// mention of a sentence the same string, so findings read back hold it once in memory too.
// The card needs the sentence as quoted (withPairedQuotes may have closed a quotation in it),
// not the article's text, so the sentences themselves are kept, not offsets into the text.
import type { ArticleFindings } from './knowledge';
import type { EntityMention, EntityType, Fact, SentenceRef } from './types';

/** Bumped whenever KeptFindings changes shape: a chunk written in another form is stale. */
export const FINDINGS_FORMAT = 3;

type Located = ArticleFindings['located'][number];

// Every field of a mention and of where it is, as the rows below keep them: a field added to
// these types fails to compile here until the kept form keeps it (and FINDINGS_FORMAT goes up).
const _LOCATED_FIELDS: Record<keyof Located, true> = { mention: true, ref: true, description: true, sentenceKey: true };
const _MENTION_FIELDS: Record<keyof EntityMention, true> = { start: true, end: true, text: true, type: true, canonical: true, evidence: true };
const _REF_FIELDS: Record<keyof SentenceRef, true> = { articleId: true, sentence: true, start: true, end: true };

/** A mention's row: mention start, end, text, type, canonical; its sentence's article,
 *  text, and the term's start and end in it; description (-1: none); sentence key; the
 *  mention's evidence (-1: none; never negative). Strings by index into KeptFindings.strings. */
const ROW = 12;
/** The row's columns that are indexes into the strings; the description's is -1 for none. */
const STRING_COLUMNS = [2, 3, 4, 5, 6, 9, 10];
const DESCRIPTION = 9;
const EVIDENCE = 11;
/** A fact's `where`: article, sentence (strings' indexes), start, end. */
const WHERE = 4;

export interface KeptFindings {
  /** Each string the mentions and facts' sentences use, once. */
  strings: string[];
  /** ROW numbers per mention, in the findings' order. */
  located: Int32Array;
  /** The facts without their `where`, which is in `wheres`. */
  facts: Omit<Fact, 'where'>[];
  /** WHERE numbers per fact. */
  wheres: Int32Array;
  length: number;
  /** The product names the article shows, when it shows any. */
  products?: string[];
}

/** `found`, an article's findings, in the kept form. */
export function keepFindings(found: ArticleFindings): KeptFindings {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const at = (s: string): number => {
    let i = index.get(s);
    if (i === undefined) index.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const located = new Int32Array(found.located.length * ROW);
  found.located.forEach(({ mention: m, ref: r, description, sentenceKey }, i) => {
    const row = [m.start, m.end, at(m.text), at(m.type), at(m.canonical), at(r.articleId), at(r.sentence), r.start, r.end, description === undefined ? -1 : at(description), at(sentenceKey), m.evidence ?? -1];
    located.set(row, i * ROW);
  });
  const wheres = new Int32Array(found.facts.length * WHERE);
  const facts = found.facts.map(({ where: w, ...fact }, i) => {
    wheres.set([at(w.articleId), at(w.sentence), w.start, w.end], i * WHERE);
    return fact;
  });
  const kept: KeptFindings = { strings, located, facts, wheres, length: found.length };
  if (found.products !== undefined && found.products.length > 0) kept.products = found.products;
  return kept;
}

/** An article's findings back from their kept form; null when `kept` does not hold together
 *  (a row or index out of place): such an entry is read again, not misread. */
export function readKeptFindings(kept: KeptFindings | undefined): ArticleFindings | null {
  if (!kept || !Array.isArray(kept.strings) || !Array.isArray(kept.facts)) return null;
  const { strings, located: rows, wheres } = kept;
  if (!(rows instanceof Int32Array) || !(wheres instanceof Int32Array) || rows.length % ROW !== 0 || wheres.length !== kept.facts.length * WHERE) return null;
  // Every string index checked first, so the rows below are read without a check each.
  const isString = (i: number | undefined): boolean => i !== undefined && i >= 0 && i < strings.length;
  for (let o = 0; o < rows.length; o += ROW) {
    for (const c of STRING_COLUMNS) if (!isString(rows[o + c]) && !(c === DESCRIPTION && rows[o + c] === -1)) return null;
  }
  for (let o = 0; o < wheres.length; o += WHERE) if (!isString(wheres[o]) || !isString(wheres[o + 1])) return null;
  const str = (i: number): string => strings[i] as string;
  const located: Located[] = [];
  for (let o = 0; o < rows.length; o += ROW) {
    const d = rows[o + DESCRIPTION] as number;
    const evidence = rows[o + EVIDENCE] as number;
    const mention: EntityMention = { start: rows[o] as number, end: rows[o + 1] as number, text: str(rows[o + 2] as number), type: str(rows[o + 3] as number) as EntityType, canonical: str(rows[o + 4] as number) };
    if (evidence >= 0) mention.evidence = evidence;
    located.push({
      mention,
      ref: { articleId: str(rows[o + 5] as number), sentence: str(rows[o + 6] as number), start: rows[o + 7] as number, end: rows[o + 8] as number },
      description: d < 0 ? undefined : str(d),
      sentenceKey: str(rows[o + 10] as number),
    });
  }
  const facts = kept.facts.map((fact, i): Fact => {
    const o = i * WHERE;
    return { ...fact, where: { articleId: str(wheres[o] as number), sentence: str(wheres[o + 1] as number), start: wheres[o + 2] as number, end: wheres[o + 3] as number } };
  });
  const found: ArticleFindings = { located, facts, length: kept.length };
  const products = Array.isArray(kept.products) ? kept.products.filter((p) => typeof p === 'string') : [];
  if (products.length > 0) found.products = products;
  return found;
}
