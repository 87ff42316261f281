// "Two officials said" cites people; "about 3,000 residents had been told to leave" counts
// people a telling befell. A verb of saying after a form of "be" is passive: those people are
// the story's figure, not its sources, so the speaker test (facts.ts) reads past it.

import { INLINE_SPACE as S } from './inline-space';

const PASSIVE_SAYING = new RegExp(String.raw`\b(?:be|been|being|is|are|was|were)(?:${S}(?:also|not|never|all))?${S}(?:said|told)\b`, 'giu');

/** `after` with each passive "been told", "were said" blanked to "be" alone, the same length. */
export function withoutPassiveSaying(after: string): string {
  return after.replace(PASSIVE_SAYING, (m) => m.replace(/\p{L}+$/u, (verb) => '_'.repeat(verb.length)));
}
