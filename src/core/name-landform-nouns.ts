// "villages in the Harz mountains", "the Atacama desert", "along the Amalfi coast": a name
// right before a lower-case noun of a landform is the place the landform is named for. Only
// where the noun ends its phrase (a comma, a stop, a preposition or a conjunction after it):
// "the Apple desert edition" is a product's, "the Harz mountains" a range's.

const LANDFORM_AFTER =
  /^\s+(?:mountains|hills|foothills|desert|plateau|peninsula|coast|coastline|lowlands|highlands|wetlands)(?=\s*[,.;:!?)]|\s+(?:and|or|of|in|on|at|to|from|near|where|which|that|with|for|by)\b|\s*$)/u;

/** Whether the text right after a name (`after`) is a landform's noun ending its phrase. */
export function landformNounAfter(after: string): boolean {
  return LANDFORM_AFTER.test(after);
}
