// Names the stored articles showed to be products, read on the page as products too.

import { appositionType } from './apposition';
import type { Lexicon } from './name-lexicon';
import type { Piece } from './name-runs';

/** A product the stored articles name ("the Black Hawk had been flying"), unless the page
 *  says the name is a person's ("Black Hawk, a Sauk leader"). */
export function storedProduct(text: string, run: Piece[], name: string, lexicon: Lexicon): boolean {
  if (lexicon.products === undefined || !lexicon.products.has(name)) return false;
  const end = run[run.length - 1]?.end ?? 0;
  return appositionType(text.slice(end, end + 80)) !== 'person';
}
