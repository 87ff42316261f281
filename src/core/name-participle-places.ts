// "Speaking in Paris Macron said", "Writing from Kyiv Zelensky urged": a sentence that opens
// with a participle's phrase and leaves out the comma before its subject runs the phrase's
// last name into the subject's. Where the run opens with a name the lexicon knows and the run
// as a whole is not known, and a verb follows it, the known name ends the phrase and the rest
// is the subject: two names, not one.

import { SPEECH_VERBS } from './entity-cues';
import type { Piece } from './name-pieces';

// A participle opening the sentence, up to four lower-case words, then a preposition.
const PARTICIPLE_BEFORE =
  /(?:^|[.!?]["”’]?\s+|\n\s*)\p{Lu}\p{Ll}+ing(?:\s+\p{Ll}+){0,4}?\s+(?:in|at|from|to|outside|inside|near|during)\s+(?:the\s+)?$/u;
// The verb after the run, an adverb allowed before it: "Macron said", "Macron also warned".
const VERB_AFTER = /^\s+(?:also\s+|\p{Ll}+ly\s+)?(\p{Ll}+)/u;

/** `run` cut after the known name that ends a sentence-opening participle's phrase, or the run
 *  itself. */
export function splitAfterParticiple(text: string, run: Piece[], isKnown: (name: string) => boolean): Piece[][] {
  const first = run[0];
  const last = run[run.length - 1];
  if (run.length < 2 || first === undefined || last === undefined) return [run];
  if (!PARTICIPLE_BEFORE.test(text.slice(Math.max(0, first.start - 60), first.start))) return [run];
  const verb = VERB_AFTER.exec(text.slice(last.end, last.end + 30))?.[1] ?? '';
  if (!SPEECH_VERBS.has(verb) && !verb.endsWith('ed')) return [run];
  const words = run.map((p) => p.text);
  if (isKnown(words.join(' '))) return [run];
  for (let k = run.length - 1; k >= 1; k--) {
    if (run[k - 1]?.connector || run[k]?.connector) continue;
    if (isKnown(words.slice(0, k).join(' '))) return [run.slice(0, k), run.slice(k)];
  }
  return [run];
}
