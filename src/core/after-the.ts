// "the Palisades", "the Hamas": a name right after "the" on its line. The article is
// evidence for a body or a place (mention-types.ts) and picks a stored name by its head word
// (annotate.ts); one at the end of the line before belongs to another phrase.

import { INLINE_SPACE as S } from './inline-space';

const AFTER_THE = new RegExp(String.raw`\bthe${S}$`, 'i');

/** Whether "the" stands right before `at` in `text`, on its line. */
export function afterThe(text: string, at: number): boolean {
  return AFTER_THE.test(text.slice(Math.max(0, at - 8), at));
}
