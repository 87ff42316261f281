// Whose a sum is, where a company sets it out about itself or an estimate of its own: "Ford,
// which lost $1.7 billion to the strike", "Anderson Economic Group, a consultancy in East
// Lansing, Michigan, put the total cost … at $9.3 billion", "Anderson Economic Group raised its
// estimate … to $10.4 billion". A company owns no sum a body sets (figure-actors.ts), but these
// are its own losses and estimates: another company's sum of the same words is another sum.
// Also the company a gapped list names right before its sum: "GM put the strike's cost to it
// at about $1.1 billion, and Ford at $1.7 billion".

import { aliasKey } from './alias-key';
import { LAW_AFTER } from './figure-actors';
import type { Named } from './figure-named';
import { INLINE_SPACE as S } from './inline-space';

// After the company: an apposition or a relative clause of its own in commas, then a verb of
// reckoning or losing, then no other subject before the sum ("said it", "that", "which").
const RECKONS_AFTER =
  new RegExp(String.raw`^(?:,[^;:\n]{1,80}?,)?${S}(?:(?:has|had|have|will|would)${S})?(?:put|puts|(?:lost|loses)(?=${S}(?:about${S}|nearly${S}|some${S}|more${S}than${S}|an${S}estimated${S})?$)|valued|values|(?:raised|raises|lowered|lowers|cut|cuts)${S}(?:its|their)${S}(?:estimate|forecast|projection|tally)\b)\b(?:(?!\b(?:that|it|which|who|they|he|she|and${S}said)\b)[^;:\n])*$`, 'u');
const AFTER_PREPOSITION = new RegExp(String.raw`\b(?:against|of|for|with|to|by|from|on|over|versus|vs\.)${S}(?:the${S})?$`, 'i');
// "Ford, which lost $1.7 billion": the company's own relative clause.
const OWN_RELATIVE = new RegExp(String.raw`^,${S}which${S}(?:(?:has|had)${S})?(?:lost|spent|earned|made|paid|cut)${S}(?:about${S}|nearly${S}|more${S}than${S})?$`);
const OPENING_NAME = new RegExp(String.raw`^\p{Lu}[\p{L}&.-]*(?:${S}\p{Lu}[\p{L}&.-]*){0,3}(?=,${S}which\b)`, 'u');
// "and Ford at $1.7 billion": a list that leaves out its verb.
const GAPPED = new RegExp(String.raw`^${S}at${S}(?:about${S}|nearly${S})?$`);
const GAP_OPENS = new RegExp(String.raw`,?${S}and${S}$`);

/** The company a list that leaves out its verb names right before the sum at `at` in `n`
 *  ("…, and Ford at $1.7 billion"), or null. */
export function gappedCompany(n: Named, at: number): string | null {
  const m = n.mentions.filter((x) => x.type === 'org' && x.end <= at).pop();
  if (m === undefined || !GAPPED.test(n.text.slice(m.end, at))) return null;
  return GAP_OPENS.test(n.text.slice(Math.max(0, m.start - 8), m.start)) ? aliasKey(m.canonical) : null;
}

/** The company whose own loss or estimate the sum at `at` in `n` is, or null: one whose
 *  relative clause gives it ("Ford, which lost"), else the sentence's first company where its
 *  verb reckons the sum ("put … at", "raised its estimate … to"). */
export function reckoningCompany(n: Named, at: number): string | null {
  const orgs = n.mentions.filter((m) => m.type === 'org' && m.end <= at && !LAW_AFTER.test(n.text.slice(m.end, at)));
  const own = orgs.find((m) => OWN_RELATIVE.test(n.text.slice(m.end, at)));
  if (own !== undefined) return aliasKey(own.canonical);
  // A name opening the sentence that the page alone does not type ("Ford, which lost …"):
  // "which" says it is no person.
  const opener = OPENING_NAME.exec(n.text);
  if (opener !== null && n.mentions.every((m) => m.start > 0)) {
    const rest = n.text.slice(opener[0].length, at);
    if (OWN_RELATIVE.test(rest) || RECKONS_AFTER.test(rest)) return opener[0];
  }
  const first = orgs[0];
  // "The lawsuit against Boeing put damages at …": a company after a preposition is no subject.
  if (first !== undefined && AFTER_PREPOSITION.test(n.text.slice(0, first.start))) return null;
  return first !== undefined && RECKONS_AFTER.test(n.text.slice(first.end, at)) ? aliasKey(first.canonical) : null;
}
