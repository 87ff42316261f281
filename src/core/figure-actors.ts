// Who a sentence says acts or speaks, where that settles whose its figures are before the
// sentences around it are asked. A company that does what a count counts owns the count
// ("Arianespace, a subsidiary of ArianeGroup, plans five launches", "Elon Musk, whose company
// SpaceX flew 134 missions"), though a company owns no rate, share or sum a body sets; and a
// minister a place's title introduces ("France’s research minister, Philippe Baptiste, said")
// speaks for a government the sentence does not name as a body, so the body named in the
// sentence before is not this figure's.

import { aliasKey } from './alias-key';
import type { Named } from './figure-named';
import { INLINE_SPACE as S } from './inline-space';

// What a law does, not a body: "The DMA, which has applied since March 2024, names seven
// gatekeepers" (an acronym the page spelled out as "the Digital Markets Act" paragraphs up).
export const LAW_AFTER = new RegExp(
  String.raw`^,?${S}(?:(?:which|that)${S})?(?:(?:has|had|have)${S})?` +
    String.raw`(?:(?:took|takes|taken|came|comes|come|entered|enters|went|goes)${S}(?:into${S})?(?:effect|force)|(?:applied|applies|apply)${S}(?:since|from|to|in)\b)`,
  'i',
);

// After the company's name: an apposition in commas, then its verb, then no clause of
// another subject before the figure ("said it", "that", "which"), nor a passive ("was fined").
const ACTS_ON_FIGURE =
  new RegExp(String.raw`^(?:,[^,;:\n]{1,80},)?${S}(?:(?:has|had|have|will|would|must|can|could|may)${S})?(?!(?:is|was|were|are|been|be|being|said|says|told|added)\b)\p{Ll}+\b(?:(?!\b(?:that|it|which|who|whose|they|he|she)\b)[^,;:\n])*$`, 'u');

// "whose Alternative for Germany is now the largest opposition party with 152 lawmakers": a
// body said to be something "with" a count is the one that has it.
const IS_WITH_FIGURE = new RegExp(String.raw`^${S}(?:is|was|are|were|remains|remained|becomes|became|has${S}become)\b[^,;:\n]{0,60}[^\S\n]with${S}$`, 'u');

/** The company acting on the count starting at `at` in `n`: an organisation named before it
 *  whose own verb governs it, or that is said to be something with it; null when there is
 *  none. */
export function actingCompany(n: Named, at: number): string | null {
  for (const m of n.mentions) {
    if (m.end > at) break;
    const after = n.text.slice(m.end, at);
    if (m.type === 'org' && !LAW_AFTER.test(after) && (ACTS_ON_FIGURE.test(after) || IS_WITH_FIGURE.test(after))) return aliasKey(m.canonical);
  }
  return null;
}

// "France’s research minister, Philippe Baptiste," or "Philippe Baptiste, France’s research
// minister,": a title a place holds, beside the person who holds it.
const TITLE_AFTER_PLACE = new RegExp(String.raw`^['’]s?(?:${S}\p{Ll}+){1,3},${S}$`, 'u');
const TITLE_BEFORE_PLACE = new RegExp(String.raw`^,${S}$`);
const TITLE_AFTER_SPEAKER = new RegExp(String.raw`^['’]s?(?:${S}\p{Ll}+){1,3},`, 'u');

// "the Los Angeles County medical examiner said": a place's office, in lower case, speaking.
const OFFICE_SPEAKS = new RegExp(String.raw`^(?:${S}\p{Ll}+){1,3}${S}(?:said|says|told|reported|estimated|estimates)\b`, 'u');

/** Whether `n` introduces a person by a place's title ("France’s research minister"), or
 *  quotes a place's office ("the county medical examiner said"). */
export function placeSpeaks(n: Named): boolean {
  const all = n.mentions;
  return all.some((m, i) => {
    if (m.type !== 'place') return false;
    if (OFFICE_SPEAKS.test(n.text.slice(m.end, m.end + 60))) return true;
    const next = all[i + 1];
    const prev = all[i - 1];
    const after = n.text.slice(m.end);
    if (next?.type === 'person' && TITLE_AFTER_PLACE.test(n.text.slice(m.end, next.start))) return true;
    return prev?.type === 'person' && TITLE_BEFORE_PLACE.test(n.text.slice(prev.end, m.start)) && TITLE_AFTER_SPEAKER.test(after);
  });
}

// "The risk modeler Verisk estimated insured losses at $28 billion", "The California FAIR Plan,
// the state's insurer of last resort, said it had received 3,500 claims": an organisation that
// sets no figures (a company, a group) giving a figure speaks for itself, not for a body the
// sentences before named or the story leads with.
const SPEAKS_AFTER = new RegExp(String.raw`^(?:,[^,;:\n]{1,80},)?${S}(?:(?:has|had|have)${S})?(?:said|says|estimated|estimates|reported|reports|told)\b`);

/** Whether an organisation of `n` speaks or estimates in its own voice. */
export function orgSpeaks(n: Named): boolean {
  return speakingOrg(n) !== null;
}

function speakingOrg(n: Named): string | null {
  const m = n.mentions.find((m) => m.type === 'org' && SPEAKS_AFTER.test(n.text.slice(m.end, m.end + 100)));
  return m === undefined ? null : aliasKey(m.canonical);
}

/** Marks the organisation that gives a share in its own voice, in its measure word list; no
 *  text yields it. Not an owner: a group quoted owns no figure a body sets (above). */
export const SPEAKER_MARK = 'said-by:';

/** The speaker mark of a share in `n` ("About 70% of community pharmacies …, the National
 *  Community Pharmacists Association said"), or none. */
export function speakerMarks(n: Named): string[] {
  const org = speakingOrg(n);
  return org === null ? [] : [`${SPEAKER_MARK}${org}`];
}

/** Whether a person of `n` speaks ("Sheriff Robert Luna said", "said Robert Luna"). */
export function personSpeaks(n: Named): boolean {
  return n.mentions.some(
    (m) => m.type === 'person' && (/^[^\S\n]+(?:said|says|told)\b/.test(n.text.slice(m.end, m.end + 8)) || /\b(?:said|says)[^\S\n]+$/.test(n.text.slice(Math.max(0, m.start - 8), m.start))),
  );
}
