// "Country Garden Holdings … Country Garden had been seen as one of the sounder developers":
// a name the page also writes with a company's suffix after it is that company's short form,
// even where its own last word heads places ("Garden", "Park", "Bay"). Only a bare legal
// suffix makes the firm the name itself; "Madison Square Garden Entertainment" is a firm
// named after the arena, which stays a place.

import type { Accepted } from './mention-types';
import type { EntityType } from './types';

const CORPORATE_SUFFIXES = new Set(['Holdings', 'Group', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'Limited', 'Corp', 'Corp.', 'Corporation', 'PLC', 'Plc', 'plc', 'AG', 'SA', 'NV']);

/** Whether the page names `a` again with one corporate suffix after it, as an organisation. */
export function firmWithSuffixOnPage(a: Accepted, accepted: readonly Accepted[], typeOf: (b: Accepted) => EntityType): boolean {
  if (a.cand.titled) return false;
  return accepted.some(
    (b) =>
      b.words.length === a.words.length + 1 &&
      CORPORATE_SUFFIXES.has(b.words[b.words.length - 1] ?? '') &&
      a.words.every((w, i) => b.words[i] === w) &&
      typeOf(b) === 'org',
  );
}
