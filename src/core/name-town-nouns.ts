// "Austin police said", "Lara voters turned out", "the Sydney mayor": a town's name before a
// word for its own public (its police, voters, residents, mayor, council, schools) is the
// town, whatever person the page names with it as a given name ("Austin Reaves … Austin
// police"). Used by mention-types.ts where a lone given name would otherwise be a person's.

import { escapeRegExp } from './escape-regexp';

const TOWN_NOUNS =
  'police|voters|residents|mayor|council|officials|schools|firefighters|fire\\s+department|city\\s+council|city\\s+hall|county|suburbs|area|metro|airport|homeowners|neighborhoods|neighbourhoods';

/** Whether the page writes `name` before a word for a town's public ("Austin police"). */
export function townNounAfter(text: string, name: string): boolean {
  const escaped = escapeRegExp(name);
  return new RegExp(`(?<![\\p{L}])${escaped}[ \\t\\u00a0]+(?:${TOWN_NOUNS})\\b`, 'u').test(text);
}
