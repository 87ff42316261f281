// "BHP's Grasberg copper mine", "its Escondida mine", "the El Teniente mine", "the La Moneda
// palace": a mine or a palace named by its owner or opened by a Spanish article is named for
// its site, so the name right before it is a place. After a bare "the" the name may be the
// owner's ("the Rio Tinto mine", "the Samarco mine"), and after "a" or "an" it is ("a Codelco
// mine"): left alone.

import { INLINE_SPACE as S } from './inline-space';

const ORES = 'copper|gold|silver|coal|iron|iron-ore|lithium|nickel|zinc|tin|uranium|diamond|salt|potash';
// An ore or two ("copper and gold") may stand between the name and its noun.
const SITE_AFTER = new RegExp(
  String.raw`^${S}(?:(?:(?:${ORES})${S}(?:and${S})?){1,3})?(?:mines?|palace)\b`,
  'u',
);
// The name's owner: a possessive pronoun or an owner's "'s".
const OWNED_BEFORE = new RegExp(String.raw`(?:\b(?:its|their|his|her)|\p{L}['’]s)${S}$`, 'iu');
const THE_BEFORE = new RegExp(String.raw`\bthe${S}$`, 'iu');
// A site's name opened by a Spanish article: "El Teniente", "Los Bronces", "La Moneda".
const ARTICLE_OPENED = new RegExp(String.raw`^(?:El|La|Los|Las)${S}\p{Lu}`, 'u');

/** Whether `name`, between `before` and `after`, is a mine's or a palace's site. */
export function mineSiteAround(before: string, name: string, after: string): boolean {
  if (!SITE_AFTER.test(after)) return false;
  return OWNED_BEFORE.test(before) || (THE_BEFORE.test(before) && ARTICLE_OPENED.test(name));
}
