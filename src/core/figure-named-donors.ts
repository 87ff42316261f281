// A person, a family or a firm that gives a sum: "The Pinault family pledged €100 million",
// "Bernard Arnault pledged €200 million", "Total, the oil company, pledged €50 million". The
// givers figure-donors.ts reads are places; without these, one donor's pledge was set against
// another's ("the Bettencourt family pledged €50 million" differed from the Pinaults' stored
// €100 million). A person is keyed by the surname, so "the Arnault family" is Bernard Arnault.

import { aliasKey } from './alias-key';
import type { Named } from './figure-named';
import { INLINE_SPACE as S } from './inline-space';

// Between the name and the verb of giving: a family's or a foundation's word ("family",
// "foundation", "’s family").
const HOUSE = new RegExp(String.raw`^(?:['’]s)?(?:${S}(?:family|families|foundation|group|heirs))?`, 'u');

type Mention = Named['mentions'][number];

function donorKey(m: Mention): string {
  const words = m.canonical.split(/\s+/);
  return aliasKey(m.type === 'person' ? (words[words.length - 1] ?? m.canonical) : m.canonical);
}

/** The person or organisation `givesAfter` says gives the sum starting at `start` of `n`, as an
 *  owner key, or empty. `givesAfter` tests the text between the giver and the sum. */
export function namedDonorsOf(n: Named, start: number, givesAfter: RegExp): string[] {
  let giver: Mention | undefined;
  for (const m of n.mentions) if (m.end <= start && (m.type === 'person' || m.type === 'org')) giver = m;
  if (giver === undefined || n.mentions.some((m) => m.start >= (giver as Mention).end && m.end <= start)) return [];
  const between = n.text.slice(giver.end, start);
  const house = HOUSE.exec(between)?.[0] ?? '';
  return givesAfter.test(between.slice(house.length)) ? [donorKey(giver)] : [];
}
