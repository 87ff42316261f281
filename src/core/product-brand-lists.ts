// Brands listed between a maker and its goods: "the maker of Jeep and Ram vehicles", "the
// maker of Chevrolet, Buick and GMC trucks". The goods noun after the last brand is what each
// brand of the list names, as it is for one brand alone ("the maker of Crestwood cereals",
// product-names.ts); without goods after the list ("the maker of Jeep and Ram, said") the
// names may be the companies themselves, and stay.

const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:[ \t\u00a0]\p{Lu}[\p{L}'’-]*){0,2}`;
const SEP = String.raw`(?:,[ \t\u00a0]+|,?[ \t\u00a0]+(?:and|or)[ \t\u00a0]+)`;
const MAKER_LIST_BEFORE = new RegExp(
  String.raw`\b(?:makers?|manufacturers?|producers?)[ \t\u00a0]+of[ \t\u00a0]+(?:${NAME}${SEP})*$`,
  'u',
);
// Goods: a plural noun, not a verb that would make the list its subject ("says", "was").
const LIST_THEN_GOODS = new RegExp(
  String.raw`^(?:${SEP}${NAME})*[ \t\u00a0]+(?!(?:says|was|has|does|is)\b)\p{Ll}{3,}s\b`,
  'u',
);
const ONE_SEP_AFTER = new RegExp(String.raw`^${SEP}`, 'u');
const ONE_SEP_BEFORE = new RegExp(String.raw`${SEP}$`, 'u');

/** Whether the name at `start`–`end` is one of two or more brands a maker makes, listed before
 *  their goods ("Jeep" and "Ram" in "the maker of Jeep and Ram vehicles"). */
export function brandInList(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  const after = text.slice(end, end + 120);
  if (!ONE_SEP_AFTER.test(after) && !ONE_SEP_BEFORE.test(before)) return false;
  return MAKER_LIST_BEFORE.test(before) && LIST_THEN_GOODS.test(after);
}
