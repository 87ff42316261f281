// "expects revenue of $3.89 billion to $3.90 billion, down from $3.98 billion to $4.01
// billion": a clause set off by a comma that compares a range with an earlier level ("down
// from", "up from") gives that level in the range's form, so its two figures are one range,
// not a change from one to the other. A "from" the verb governs ("rose from $40 to $45",
// "shares were up from $40 to $45") or a comparison after a single figure ("Fares, up from $35
// to $40, drew crowds") is still a change.

import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

const COMPARED_FROM = new RegExp(String.raw`,${S_OPT}(?:down|up)${S}from${S}$`, 'i');
// A range given earlier in the sentence: "$3.89 billion to $3.90 billion", "2% to 3%", "1,200 to 1,300".
const RANGE_EARLIER = new RegExp(String.raw`\d(?:%|${S}[a-z]+)?${S}to${S}[^\s\d]{0,3}\d`);
const SENTENCE_END = new RegExp(String.raw`[.!?]${S}(?=\S)`, 'g');

/** Whether the figure at `pos` opens the range of an earlier level a range before it in its
 *  sentence is compared with. */
export function comparedLevel(text: string, pos: number): boolean {
  const from = COMPARED_FROM.exec(text.slice(Math.max(0, pos - 16), pos));
  if (from === null) return false;
  const clauseEnd = pos - (Math.min(16, pos) - from.index);
  const before = text.slice(Math.max(0, clauseEnd - 300), clauseEnd);
  let start = 0;
  for (const m of before.matchAll(SENTENCE_END)) start = m.index + m[0].length;
  return RANGE_EARLIER.test(before.slice(start));
}
