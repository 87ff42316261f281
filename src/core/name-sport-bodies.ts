// "Cricket Australia", "Table Tennis England", "USA Swimming": a sport's governing body is
// named for its sport and the country or region it governs, with no head word of a body's
// ("Association", "Federation"), so nothing else typed it, and a speech verb after it made
// a person. Used by mention-types.ts.

import { SPORTS } from './name-sports';

// A sport's kind before it ("Table Tennis", "Field Hockey", "Beach Volleyball").
const KINDS = new Set(['Table', 'Field', 'Ice', 'Beach', 'Wheelchair', 'Rugby', 'Para', 'Artistic', 'Speed', 'Figure']);

/** Whether a name's words are a sport and a place ("Cricket Australia", "Table Tennis
 *  England") or a place and a sport ("USA Swimming"). */
export function isSportBody(words: readonly string[], isPlace: (name: string) => boolean): boolean {
  if (words.length < 2 || words.length > 4) return false;
  const sportAt = (from: number): number => (KINDS.has(words[from] ?? '') && SPORTS.has(words[from + 1] ?? '') ? 2 : SPORTS.has(words[from] ?? '') ? 1 : 0);
  const lead = sportAt(0);
  if (lead > 0 && lead < words.length && isPlace(words.slice(lead).join(' '))) return true;
  // The place first: the sport's words end the name.
  for (let at = 1; at < words.length; at++) {
    if (sportAt(at) === words.length - at && isPlace(words.slice(0, at).join(' '))) return true;
  }
  return false;
}
