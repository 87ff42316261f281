// Whose a pay raise is: the employer that gives it. "Honda followed with an 11% raise",
// "Hyundai, which builds cars in Montgomery, Alabama, said it would raise pay by 25%": another
// company's raise of the same words is another raise, though a union's won raise ("the union
// won raises of 25% at GM") is the employers' it was won from, and is left to the sentence's
// bodies (figure-owners.ts). A company the page alone does not type, opening the sentence
// ("Honda followed with …"), is read by its capitals.

import { aliasKey } from './alias-key';
import type { Named } from './figure-named';
import { INLINE_SPACE as S } from './inline-space';

// After the employer: an apposition or a relative clause of its own in commas, "said it
// would", then a verb of giving a raise, and no figure before the share. Raising pay is giving
// a raise; raising an offer ("Ford had raised its offer to 23%") is a move in talks, whose
// offers a story often gives for several companies at once ("GM and Ford have offered 20%").
const GIVES_AFTER = new RegExp(
  String.raw`^(,[^;:\n]{1,80}?,)?${S}(?:(?:said|says|announced)${S}(?:on${S}\p{Lu}\p{Ll}+${S})?(?:that${S})?(?:it|they)${S})?(?:(?:would|will|has|had|have|also|then|plans${S}to)${S})*` +
    String.raw`(?:followed${S}with|matched${S}(?:it${S})?with|gave|gives|give|granted|grants|(?:raised|raises|raise)(?=${S}(?:\p{Ll}+${S}){0,2}(?:pay|wages?|salar(?:y|ies))\b))\b[^;:\n\d]{0,40}$`,
  'u',
);
// "Honda", "Mercedes-Benz", "General Motors" opening the sentence, not a word any sentence may
// open with ("The", "Workers").
const OPENER = new RegExp(String.raw`^\p{Lu}[\p{L}&-]*(?:${S}\p{Lu}[\p{L}&-]*){0,2}`, 'u');
const NOT_A_NAME = /^(?:The|A|An|It|Its|They|Their|This|That|These|Those|He|She|We|Our|Some|Most|All|Many|Each|Other|Workers?|Employers?|Unions?|Companies|Company|Carmakers?)\b|\p{Ll}s$/u;

/** The employer giving the raise that starts at `at` in `n`, or null. */
export function raisingCompany(n: Named, at: number): string | null {
  const orgs = n.mentions.filter((m) => m.type === 'org' && m.end <= at);
  for (const m of orgs) {
    const between = n.text.slice(m.end, at);
    const match = GIVES_AFTER.exec(between);
    if (match === null) continue;
    // Past its apposition, no other name before the share.
    const ownStart = m.end + (match[1]?.length ?? 0);
    if (!n.mentions.some((x) => x.start >= ownStart && x.start < at)) return aliasKey(m.canonical);
  }
  const opener = OPENER.exec(n.text);
  if (opener === null || NOT_A_NAME.test(opener[0]) || n.mentions.some((m) => m.start === 0)) return null;
  const between = n.text.slice(opener[0].length, at);
  const match = GIVES_AFTER.exec(between);
  if (match === null) return null;
  const ownStart = opener[0].length + (match[1]?.length ?? 0);
  return n.mentions.some((x) => x.start >= ownStart && x.start < at) ? null : opener[0];
}
