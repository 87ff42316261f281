// "a Rambouillet ram", "an Angus bull", "the Merino ewes": a capitalised word nobody knows
// between an article and a farm animal's noun is its breed, a kind of animal as a product is a
// kind of goods (docs/annotation-guidelines.md), not a body's or a person's name. A known
// name there is whose animal it is ("a Texas ram", "the Smith family's bull" aside).

import { EVENT_HEADS, ORG_HEADS, PLACE_HEADS } from './entity-cues';
import type { Piece } from './name-pieces';

const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:[Aa]n?|[Tt]he)[ \t\u00a0]+$/u;
const ANIMAL_AFTER =
  /^[ \t\u00a0]+(?:rams?|ewes?|lambs?|sheep|bulls?|cows?|steers?|heifers?|calf|calves|cattle|horses?|mares?|stallions?|colts?|fill(?:y|ies)|goats?|pigs?|hogs?|boars?|sows?|hens?|roosters?|chickens?)\b/;

/** Whether `run` is one or two unknown capitalised words naming the breed of the animal
 *  written right after it. */
export function namesBreed(text: string, run: Piece[], isKnown: (name: string) => boolean): boolean {
  const words = run[0]?.text === 'A' || run[0]?.text === 'An' || run[0]?.text === 'The' ? run.slice(1) : run;
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last || words.length > 2 || words.some((p) => p.connector || isKnown(p.text))) return false;
  // "the Wall Street bull": a name ending in a place's or a body's head word is whose animal it is.
  if (words.length > 1 && (PLACE_HEADS.has(last.text) || ORG_HEADS.has(last.text) || EVENT_HEADS.has(last.text))) return false;
  return ARTICLE_BEFORE.test(text.slice(Math.max(0, first.start - 5), first.start)) && ANIMAL_AFTER.test(text.slice(last.end, last.end + 12));
}
