// "sailed down the Seine", "rowed up the Thames", "a parade on the Seine": what a boat, a
// swimmer or a parade goes down, up, along or through is a river, a street or a coast, a
// place, as a place's preposition says ("in the Seine"); "the" alone before a name would
// make it a body's ("the Taliban"). The motion word comes first, within a few words, so
// "set up the Commission" and "shut down the Department" say nothing.

import { INLINE_SPACE as S } from './inline-space';

const ROUTE_BEFORE =
  /\b(?:sail(?:s|ed|ing)?|row(?:s|ed|ing)?|float(?:s|ed|ing)?|drift(?:s|ed|ing)?|cruis(?:e|es|ed|ing)|swim(?:s|ming)?|swam|flow(?:s|ed|ing)?|rode|rid(?:e|es|ing)|paddl(?:e|es|ed|ing)|march(?:es|ed|ing)?|parade|parades|paraded|procession|boats?|barges?|ferr(?:y|ies))\b(?:[ \t\u00a0]+(?!(?:and|or|but|then|that|which|who)\b)[\p{L}\d,'’-]+){0,6}?[ \t\u00a0]+(?:down|up|along|through|on)[ \t\u00a0]+the[ \t\u00a0]+$/u;

/** Whether the text before a name ends in a route's preposition after a motion word. */
export function alongRoute(before: string): boolean {
  return ROUTE_BEFORE.test(before);
}

// "the Austerlitz bridge", "the Debilly footbridge": a bridge named for its place, the head in
// lower case; not a lender's "bridge loan" ("a Barclays bridge loan").
// The name and "bridge" share a line; a lender's word after it vetoes from the next line too.
const BRIDGE_AFTER = new RegExp(String.raw`^${S}(?:foot)?bridge\b(?!\s+(?:loan|loans|financing|facility|funding|round))`);

/** Whether a lower-case bridge follows the name. */
export function bridgeAfter(after: string): boolean {
  return BRIDGE_AFTER.test(after);
}
