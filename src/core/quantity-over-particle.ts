// "over" that is no "more than": a verb's particle ("handed over 260,000 homes", "took over 71
// of the shops") or the "about" of a dispute ("a petition in June 2022 over HK$862.5 million
// it said it was owed", "sued over $2 million in fees"). The figure is the number alone.
// "took over 20 years" and "seeking over $5 million" keep "over" as the qualifier it is
// there. Used by quantities.ts beside quantity-over.ts.

import { INLINE_SPACE as S } from './inline-space';

// Verbs whose "over" is always their particle: what is handed or turned over is given.
const PARTICLE_VERB = new RegExp(String.raw`\b(?:hand|hands|handed|handing|turn|turns|turned|turning)${S}$`, 'i');
// "take over" and "sign over" are particles only before a part of a whole ("took over 71 of
// the shops", "signed over 40 of its flats"): "signed over $20 billion in orders" is more than.
const TAKE_BEFORE = new RegExp(String.raw`\b(?:take|takes|took|taken|taking|sign|signs|signed|signing)${S}$`, 'i');
const PART_OF_AFTER = new RegExp(String.raw`^[\d,.]+${S}(?:of|\p{Ll}+${S}of)${S}(?:the|its|their|his|her)\b`, 'u');
// A dispute's noun or verb, then at most a time ("in June 2022", "on Monday") or its object
// ("the firm"), then "over".
const DISPUTE_BEFORE = new RegExp(
  String.raw`\b(?:petition|petitions|dispute|disputes|lawsuit|lawsuits|suit|row|rows|fight|clash|quarrel|sued|sues|suing)` +
    String.raw`(?:${S}(?:(?:in|on|at|last|this)${S}(?:\p{Lu}\p{Ll}*\.?${S})?(?:\d{1,4}|\p{Ll}+)|(?:the|its|their|a)${S}\p{Ll}+))?,?${S}$`,
  'u',
);

// "Sued over 200 times": a count of times is how often, never what a dispute is about.
const TIMES_AFTER = new RegExp(String.raw`^[\d,.]+${S}times\b`, 'i');

/** Whether "over" at `pos` (its first letter) is a particle or a dispute's "about", not
 *  "more than"; `after` is the text right after "over" and its space. */
export function overIsNoQualifier(text: string, pos: number, after: string): boolean {
  const before = text.slice(Math.max(0, pos - 60), pos);
  if (PARTICLE_VERB.test(before) || (DISPUTE_BEFORE.test(before) && !TIMES_AFTER.test(after))) return true;
  return TAKE_BEFORE.test(before) && PART_OF_AFTER.test(after);
}
