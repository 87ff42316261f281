// "the Sultan of Brunei Hassanal Bolkiah", "Governor of Texas Greg Abbott", "the Emir of Qatar
// Sheikh Tamim": a known place after a title's head and "of" is where the title is held, part
// of the title before the person, not the person's first name.

import { TITLE_HEADS } from './entity-cues';

interface Word {
  text: string;
  connector: boolean;
}

/** Whether the known name at `index` follows a title head and its "of", and opens no longer
 *  known name: "the President of Paris Saint-Germain Nasser Al-Khelaifi" holds the club's. */
export function placeOfTitle(pieces: readonly Word[], index: number, isKnown: (name: string) => boolean): boolean {
  const of = pieces[index - 1];
  if (index < 2 || of?.connector !== true || of.text !== 'of' || !TITLE_HEADS.has(pieces[index - 2]?.text ?? '')) return false;
  for (let end = index + 2; end <= pieces.length; end++) {
    if (isKnown(pieces.slice(index, end).map((p) => p.text).join(' '))) return false;
  }
  return true;
}
