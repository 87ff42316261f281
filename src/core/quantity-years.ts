// When a four-digit number is a year (quantities.ts): after a year's preposition ("since
// 1789", "in 2019") or before the levels it dates ("from 2019 levels").

import { prevWord } from './quantity-context';
import { sticky } from './quantity-parts';
import { INLINE_SPACE as S } from './inline-space';

// A preposition before a four-digit number makes it a year even before a noun.
const YEAR_PREPOSITIONS = new Set('in since by until till before after from of for during through throughout mid early late'.split(' '));
// "from 2019 levels", "below 1990 levels": the levels are the year's, so the year is a date.
// Not after a verb of having or making them: "the game has 2000 levels", "players cleared 1200 levels".
const YEAR_LEVELS_Y = new RegExp(String.raw`${S}levels?(?![\w'’-])`, 'y');
const LEVEL_COUNT_VERBS = new Set('has have had boasts offers features includes contains cleared completed finished beat unlocked built designed created added played'.split(' '));
/** Whether the year-like number at `pos`..`end` dates the levels after it. */
export function yearsLevels(text: string, pos: number, end: number): boolean {
  const prev = prevWord(text, pos);
  return sticky(YEAR_LEVELS_Y, text, end) !== null && !(prev !== null && LEVEL_COUNT_VERBS.has(prev.word.toLowerCase()));
}
/** Whether a year's preposition comes right before `pos`. */
export function afterYearPreposition(text: string, pos: number): boolean {
  const prev = prevWord(text, pos);
  return prev !== null && YEAR_PREPOSITIONS.has(prev.word.toLowerCase());
}
