// "villages in the Harz mountains", "the Atacama desert", "along the Amalfi coast": a name
// right before a lower-case noun of a landform is the place the landform is named for. Only
// where the noun ends its phrase (a comma, a stop, a preposition or a conjunction after it):
// "the Apple desert edition" is a product's, "the Harz mountains" a range's.

import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

// A verb after the noun ends its phrase too ("the Gobi desert fell below zero", "fighters in the
// Nuba mountains said"); a noun after it ("edition", "group") does not.
const VERB_AFTER = 'is|are|was|were|has|have|had|will|would|said|say|says|saw|see|sees|fell|rose|lay|lies|lie|remain|remains|remained|stretch|stretches|stretched';
// The name and its noun share a line, and a line's end ends the phrase (a heading's last word).
const LANDFORM_AFTER = new RegExp(
  String.raw`^${S}(?:mountains|hills|foothills|desert|plateau|peninsula|coast|coastline|lowlands|highlands|wetlands)(?=${S_OPT}[,.;:!?)\n]|${S}(?:and|or|of|in|on|at|to|from|near|where|which|that|with|for|by|${VERB_AFTER})\b|${S_OPT}$)`,
  'u',
);

/** Whether the text right after a name (`after`) is a landform's noun ending its phrase. */
export function landformNounAfter(after: string): boolean {
  return LANDFORM_AFTER.test(after);
}
