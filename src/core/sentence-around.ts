// The sentence around a span of a long text, for a figure's context (card, popup report).
import { lastAtOrBefore } from './search';
import { splitSentences } from './segment';
import type { Sentence } from './types';

/** How far either side of a span the sentence around it is looked for. */
const SENTENCE_REACH = 600;

/** The sentence holding [start, end) of `text` and where it begins in `text`. Only a window
 *  around the span is split, so this stays cheap on a 1 M-word page. */
export function sentenceAround(text: string, start: number, end: number): { text: string; start: number } {
  const from = Math.max(0, start - SENTENCE_REACH);
  const around = text.slice(from, Math.min(text.length, end + SENTENCE_REACH));
  const local = start - from;
  const sentence = splitSentences(around).find((s) => s.start <= local && local < s.end) ?? { start: 0, text: around };
  return { text: sentence.text, start: from + sentence.start };
}

/** The sentence before the one that starts at `start` in `text`; '' when none is. A figure
 *  that points back ("the previous tally stood at …") measures what that one's did. */
export function sentenceBefore(text: string, start: number): string {
  let end = start;
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
  return end === 0 ? '' : sentenceAround(text, end - 1, end).text;
}

/** How far back the text before a sentence is taken: a figure's owner is looked for there,
 *  nearest sentence first (figure-owners.ts). */
const PARAGRAPH_REACH = 1200;

/** The text before the sentence that starts at `start`, at most PARAGRAPH_REACH back, from
 *  a paragraph's start (a line break: the page's blocks and a stored article's paragraphs end
 *  in one) where one is in reach; its line breaks kept, a last one saying that the sentence
 *  opens its paragraph. '' at the text's start. */
export function paragraphBefore(text: string, start: number): string {
  const from = Math.max(0, start - PARAGRAPH_REACH);
  const opens = from === 0 ? -1 : text.indexOf('\n', from);
  const begin = opens >= 0 && text.slice(opens, start).trim() !== '' ? opens + 1 : from;
  return text.slice(begin, start).replace(/^\s+/, '').replace(/[^\S\n]+$/, '');
}

/** sentenceAround for many spans of one text (a page chunk's figures): the text is split
 *  once, on first use, and each span's sentence found by binary search. A sentence reaching
 *  further than SENTENCE_REACH past its span is looked for in a window as sentenceAround does,
 *  so what a span gets does not depend on the length of the text around it. */
export class SentencesOf {
  private sentences: Sentence[] | null = null;

  constructor(private readonly text: string) {}

  around(start: number, end: number): { text: string; start: number } {
    const all = (this.sentences ??= splitSentences(this.text));
    const s = all[lastAtOrBefore(all.length, (i) => all[i]!.start, start)];
    if (s && s.start <= start && start < s.end && start - s.start <= SENTENCE_REACH && s.end - end <= SENTENCE_REACH) {
      return { text: s.text, start: s.start };
    }
    return sentenceAround(this.text, start, end);
  }
}

const OPENS_AFTER = /[\s([{—–-]/;

/** Offsets of the quote marks in `text` that have no partner in it, ascending: a sentence cut
 *  from a longer quotation opens with a “ that closes sentences later. A straight " opens
 *  at the start or after a space or bracket, and closes elsewhere. Single quotes are left
 *  alone: ’ is also the apostrophe. */
export function unpairedQuotes(text: string): number[] {
  const out: number[] = [];
  const open = { curly: -1, straight: -1 };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '“' && c !== '”' && c !== '"') continue;
    const kind = c === '"' ? 'straight' : 'curly';
    const opening = c === '“' || (c === '"' && (i === 0 || OPENS_AFTER.test(text[i - 1] ?? '')));
    if (opening) {
      if (open[kind] >= 0) out.push(open[kind]); // two openings: the first never closed
      open[kind] = i;
    } else if (open[kind] >= 0) open[kind] = -1;
    else out.push(i);
  }
  if (open.curly >= 0) out.push(open.curly);
  if (open.straight >= 0) out.push(open.straight);
  return out.sort((a, b) => a - b);
}

/** `sentence` without its unpaired quote marks (and the space a dropped opening one leaves
 *  at the start), with the span [start, end) inside it moved to match. */
export function withPairedQuotes(sentence: string, start: number, end: number): { sentence: string; start: number; end: number } {
  const drop = unpairedQuotes(sentence);
  if (drop.length === 0) return { sentence, start, end };
  let text = '';
  let from = 0;
  for (const i of drop) {
    text += sentence.slice(from, i);
    from = i + 1;
  }
  text += sentence.slice(from);
  const before = (offset: number): number => drop.filter((i) => i < offset).length;
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  return { sentence: trimmed, start: Math.max(0, start - before(start) - lead), end: Math.max(0, end - before(end) - lead) };
}
