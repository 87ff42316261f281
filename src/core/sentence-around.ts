// The sentence around a span of a long text, for a figure's context (card, popup report).
import { splitSentences } from './segment';

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
