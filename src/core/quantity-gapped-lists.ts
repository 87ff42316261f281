// Lists of names and figures with the verb left out after the first pair (quantities.ts
// keeps their bare figures, which after a name would read as model numbers).

import { INLINE_SPACE as S } from './inline-space';

// "the CDU/CSU keeps 208, the AfD 152, the SPD 120 and Die Linke 64": a list that leaves out
// the verb of its first pair, which opens with a lower-case word and its figure. The first
// figure may carry the whole it is part of and where ("will hold 208 of the 630 seats in the
// new Bundestag and the AfD 152"): the later pairs leave those out too.
const NAME_IN_LIST = String.raw`(?:the${S})?\p{Lu}[\p{L}/’'-]*(?:${S}\p{Lu}[\p{L}/’'-]*){0,3}`;
const FIGURE_IN_LIST = String.raw`\d[\d,.]*%?(?:${S}\p{Ll}+)?`;
const FIRST_FIGURE_IN_LIST = String.raw`\d[\d,.]*%?(?:${S}of${S}the${S}\d[\d,.]*)?(?:${S}\p{Ll}+)?(?:${S}in${S}(?:the${S})?(?:\p{Ll}+${S})?\p{L}[\p{L}-]*)?`;
const LIST_GAP = String.raw`(?:,|,?${S}and)${S}`;
const GAPPED_LIST_BEFORE = new RegExp(
  String.raw`(?<![\p{L}’'-])\p{Ll}+${S}${FIRST_FIGURE_IN_LIST}(?:${LIST_GAP}${NAME_IN_LIST}${S}${FIGURE_IN_LIST}){0,8}${LIST_GAP}${NAME_IN_LIST}${S}$`,
  'u',
);

/** Whether the bare figure at `pos`, after a name, is a pair of a list whose verb is left out,
 *  not a model number ("Boeing 737", "Channel 12, Channel 13"). */
export function gappedList(text: string, pos: number): boolean {
  return GAPPED_LIST_BEFORE.test(text.slice(Math.max(0, pos - 240), pos));
}
