// "won more Academy Awards than anyone", "has two Oscars", "three Grammy Awards": an award's
// name in the plural, counted, is the prizes themselves, things a person holds, not the
// ceremony, so it is no event and no name (annotation-guidelines: products and other things
// have no type). "at the Academy Awards on Sunday", "the 96th Academy Awards" name the
// ceremony and stay events.

import { INLINE_SPACE as S } from './inline-space';
import type { EntityMention } from './types';

// The plural of an award as a name's last word.
const AWARD_PLURAL = /(?:^|\s)(?:Awards|Prizes|Oscars|Emmys|Grammys|Tonys|Baftas|BAFTAs)$/;
// A count or a comparison of amounts right before: "two", "12", "more", "several". Not a
// year, which dates the ceremony ("the 2024 Academy Awards").
const COUNTED_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}\d,.])(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|more|most|fewer|multiple|numerous)${S}$`,
  'iu',
);

/** Drops event mentions that are counted award plurals. */
export function withoutCountedAwards(mentions: EntityMention[], text: string): EntityMention[] {
  return mentions.filter(
    (m) => m.type !== 'event' || !AWARD_PLURAL.test(m.text) || !COUNTED_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)),
  );
}
