// "the Escondida mine", "BHP's Grasberg copper mine", "its El Teniente mine", "the La Moneda
// palace": a mine or a palace named by "the" or an owner is named for its site, so the name
// right before it is a place. Not after "a" or "an": "a Codelco mine" is one of a company's
// mines, named for its owner.

import { INLINE_SPACE as S } from './inline-space';

const ORES = 'copper|gold|silver|coal|iron|iron-ore|lithium|nickel|zinc|tin|uranium|diamond|salt|potash';
// An ore or two ("copper and gold") may stand between the name and its noun.
const SITE_AFTER = new RegExp(
  String.raw`^${S}(?:(?:(?:${ORES})${S}(?:and${S})?){1,3})?(?:mines?|palace)\b`,
  'u',
);
// The name's determiner: "the", a possessive pronoun or an owner's "'s".
const NAMED_BEFORE = new RegExp(String.raw`(?:\b(?:the|its|their|his|her)|\p{L}['’]s)${S}$`, 'iu');

/** Whether a name between `before` and `after` is a mine's or a palace's site. */
export function mineSiteAround(before: string, after: string): boolean {
  return SITE_AFTER.test(after) && NAMED_BEFORE.test(before);
}
