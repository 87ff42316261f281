// "the six workers who died", "the three soldiers killed in the ambush": a number called back
// with "the" is a reference to people already named (facts.ts), unless what follows says they
// died. Then it restates the toll, the figure a reader checks, on a page as in a stored text.

// Right after the counted noun: a relative clause or a participle of dying. "the two leaders
// who met", "the three fires that burned" stay references.
import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

const DIED_AFTER =
  new RegExp(String.raw`^${S_OPT},?${S_OPT}(?:(?:who|that)${S}(?:had${S}|have${S})?(?:died|perished|drowned|lost${S}their${S}lives|(?:were|was|had${S}been|have${S}been)${S}killed)|(?:killed|dead|slain)(?!${S}(?:by${S})?(?:time|end|line))\b(?![-\p{L}]))`, 'iu');

/** Whether `after`, the text right after a called-back count, says the ones counted died. */
export function deadCalledBack(after: string): boolean {
  return DIED_AFTER.test(after);
}
