// Model numbers listed before a craft noun: "Boeing builds its 737 and 777 jets". Two or more
// bare three-digit figures joined by "and", "or" or commas, with one craft noun after the
// last, name the types the noun is of; counts of craft are not listed so ("grounded 171
// jets" is one count, "between 100 and 200 jets" a range read before this).

import { CRAFT } from './measure-flyers';
import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

const MODEL = String.raw`\d{3}(?![\d.,]\d)`;
const SEP = String.raw`(?:,${S_OPT}|,?${S}(?:and|or)${S})`;
const MORE_THEN_CRAFT = new RegExp(String.raw`^(?:${SEP}${MODEL})+${S}${CRAFT}\b`, 'iu');
const MODELS_BEFORE = new RegExp(String.raw`(?<![\d.,])${MODEL}(?:${SEP}${MODEL})*${SEP}$`, 'u');
const CRAFT_AFTER = new RegExp(String.raw`^${S}${CRAFT}\b`, 'iu');
const RANGE_WORD_BEFORE = new RegExp(String.raw`\b(?:between|from)${S}$`, 'i');

/** Whether the bare three-digit figure at `pos`–`end` is one of a list of model numbers
 *  before a craft noun ("737" and "777" in "its 737 and 777 jets"). */
export function modelNumberInList(text: string, pos: number, end: number): boolean {
  if (end - pos !== 3) return false;
  const before = text.slice(Math.max(0, pos - 60), pos);
  const after = text.slice(end, end + 60);
  if (MORE_THEN_CRAFT.test(after)) {
    return !RANGE_WORD_BEFORE.test(before);
  }
  const models = MODELS_BEFORE.exec(before);
  if (!models || !CRAFT_AFTER.test(after)) return false;
  return !RANGE_WORD_BEFORE.test(before.slice(0, models.index));
}
