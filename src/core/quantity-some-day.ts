// "a third of residents wanted to return one day": after an infinitive or a modal's verb, a
// clause-ending "one day" is "some day", a hope, not a length of time or a count of days. A
// verb that measures time keeps it a duration: "the strike is expected to last one day",
// "plans to close one day", as does a preposition ("to return within one day", "to cut it to
// one day"), a bound ("at least one day") or a shift ("to push it back one day").

import { INLINE_SPACE as S } from './inline-space';
import type { Core } from './quantity-parts';

const ONE_DAY_Y = new RegExp(String.raw`one${S}day`, 'iy');
// "to <verb> [up to three words]", "will <verb> …", right before "one day".
const VERB_PHRASE_BEFORE = new RegExp(String.raw`\b(?:to|will|would|could|might|may|can|shall)${S}(\p{Ll}+)(?:${S}\p{Ll}+){0,3}${S}$`, 'u');
const LAST_WORD = /(\p{Ll}+)[^\S\n]+$/u;
const MEASURES_TIME = new Set(
  'last lasts take takes stay stays spend spends run runs close closes shut shuts strike strikes wait waits remain remains be for in within only just after by than about over every per each to least most back forward ahead lasting'.split(' '),
);
// A clause ends right after it: a stop, a comma, a dash, a closing quote or bracket.
const CLAUSE_ENDS_Y = new RegExp(String.raw`[^\S\n]*(?:[.,;:!?)"”’\u2014]|$)`, 'y');

/** Whether the words at `pos` of `text` are "one day" meaning "some day". */
export function someDay(text: string, pos: number, result: Core): boolean {
  if (result.value !== 1 || result.unit !== 'day') return false;
  ONE_DAY_Y.lastIndex = pos;
  if (!ONE_DAY_Y.test(text)) return false;
  CLAUSE_ENDS_Y.lastIndex = ONE_DAY_Y.lastIndex;
  if (!CLAUSE_ENDS_Y.test(text)) return false;
  const before = text.slice(Math.max(0, pos - 60), pos);
  const verb = VERB_PHRASE_BEFORE.exec(before)?.[1];
  const last = LAST_WORD.exec(before)?.[1];
  return verb !== undefined && !MEASURES_TIME.has(verb) && (last === undefined || !MEASURES_TIME.has(last));
}
