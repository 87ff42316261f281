// Products have none of the four types (docs/annotation-guidelines.md), and their makers'
// spelling gives many away: a word in lower case with a capital inside ("iPhone", "iPad",
// "iOS") opens the product's name, and capitalised words right after it go on naming the
// model ("the iPhone Air", "the iPad Pro"), not another name.

import { TITLE_HEADS, TITLE_MODIFIERS } from './entity-cues';
import type { Piece } from './name-pieces';

// "iPhone ", "iPad ": a lower-case start, a capital inside, then only a space before the run.
const CAMEL_BEFORE = /(?:^|[^\p{L}])\p{Ll}{1,3}\p{Lu}[\p{L}]*[ \t\u00a0]+$/u;
const MODEL_WORDS = 3;

/** Whether `run` names a model of the product written just before it: a short run of no
 *  title words ("eBay Chief Executive Jamie Iannone" is a person's) and no known name ("iPhone
 *  China sales"). */
export function namesModel(text: string, run: Piece[], isKnown: (name: string) => boolean): boolean {
  const first = run[0];
  if (!first || run.length > MODEL_WORDS) return false;
  if (run.some((p) => TITLE_HEADS.has(p.text) || TITLE_MODIFIERS.has(p.text) || isKnown(p.text))) return false;
  return CAMEL_BEFORE.test(text.slice(Math.max(0, first.start - 16), first.start));
}
