// "Country Garden Holdings … Country Garden had been seen as one of the sounder developers":
// a name the page also writes with a company's suffix after it is that company's short form,
// even where its own last word heads places ("Garden", "Park", "Bay"). Only a bare legal
// suffix makes the firm the name itself; "Madison Square Garden Entertainment" is a firm
// named after the arena, which stays a place. So does a place the page puts someone at, in
// or to: "Heathrow Airport Holdings said flights at Heathrow Airport" names the operator and
// its airport.

import { HOLDING_IN } from './context-patterns';
import { INLINE_SPACE as S } from './inline-space';
import type { Accepted } from './mention-types';
import type { EntityType } from './types';

const CORPORATE_SUFFIXES = new Set(['Holdings', 'Group', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'Limited', 'Corp', 'Corp.', 'Corporation', 'PLC', 'Plc', 'plc', 'AG', 'SA', 'NV']);
// A preposition of where before the name ("at", "to Sydney Airport"); "shares in" is a holding.
const LOCATED_BEFORE = new RegExp(String.raw`\b(?:at|in|to|from|near|into|inside|outside|through)${S}(?:the${S})?$`, 'i');

const locatedOnPage = (a: Accepted, accepted: readonly Accepted[], text: string): boolean =>
  accepted.some((b) => {
    if (b.name !== a.name) return false;
    const before = text.slice(Math.max(0, b.start - 40), b.start);
    return LOCATED_BEFORE.test(before) && !HOLDING_IN.test(before);
  });

/** Whether the page names `a` again with one corporate suffix after it, as an organisation,
 *  and never writes `a` as where something is. */
export function firmWithSuffixOnPage(a: Accepted, accepted: readonly Accepted[], typeOf: (b: Accepted) => EntityType, text: string): boolean {
  if (a.cand.titled) return false;
  return (
    accepted.some(
      (b) =>
        b.words.length === a.words.length + 1 &&
        CORPORATE_SUFFIXES.has(b.words[b.words.length - 1] ?? '') &&
        a.words.every((w, i) => b.words[i] === w) &&
        typeOf(b) === 'org',
    ) && !locatedOnPage(a, accepted, text)
  );
}
