// "United Way of the Columbia-Willamette": a body's chapter named for a region the page writes
// as capitalised words joined by hyphens. A run otherwise ends at an "of" after a word that is
// no institution's head ("Way"). Used by name-runs.ts. The same words are a modifier before a
// noun ("the leaders of the Biden-Harris administration"), so the region must end the phrase:
// punctuation, a capitalised word or a verb comes next, not a lower-case noun.

import { SPEECH_VERBS } from './entity-cues';
import { PLAIN_WORD, type Piece, type PieceInput, SPACED_GAP } from './name-pieces';
import type { Token } from './types';

const HYPHENATED = /^\p{Lu}\p{Ll}+(?:[-‑]\p{Lu}\p{Ll}+)+$/u;
const HYPHEN = /[-‑]/;
const WORD_AFTER = /^[ \t\u00a0]+(\p{Ll}+)\b/u;
// Verbs after a subject that are neither speech verbs nor past forms in "-ed".
const VERBS = new Set(['gave', 'gives', 'has', 'had', 'is', 'was', 'will', 'would', 'can', 'could', 'made', 'makes', 'won', 'wins', 'runs', 'ran']);

/** Whether the "of" at `index` goes on the run `current` (two or more plain capitalised
 *  words) because "the" and a hyphenated region no lexicon knows follow and end the name. */
export function regionAfterOf(current: Piece[], tokens: Token[], index: number, text: string, input: PieceInput): boolean {
  const words = current[0]?.text === 'The' ? current.slice(1) : current;
  if (words.length < 2 || words.some((p) => p.connector || p.closes || p.softClose || !PLAIN_WORD.test(p.text))) return false;
  const of = tokens[index];
  const the = tokens[index + 1];
  const region = tokens[index + 2];
  if (!of || the?.text !== 'the' || !region || !HYPHENATED.test(region.text)) return false;
  if (!SPACED_GAP.test(text.slice(of.end, the.start)) || !SPACED_GAP.test(text.slice(the.end, region.start))) return false;
  if (region.text.split(HYPHEN).some((p) => input.isName(p) || input.isNonName(p))) return false;
  const next = WORD_AFTER.exec(text.slice(region.end, region.end + 30))?.[1];
  return next === undefined || SPEECH_VERBS.has(next) || VERBS.has(next) || next.endsWith('ed');
}
