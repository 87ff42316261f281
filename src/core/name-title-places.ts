// "the Sultan of Brunei Hassanal Bolkiah", "Governor of Texas Greg Abbott", "the Emir of Qatar
// Sheikh Tamim": a known place after a title's head and "of" is where the title is held, part
// of the title before the person, not the person's first name.

import { TITLE_HEADS } from './entity-cues';

interface Word {
  text: string;
  connector: boolean;
}

/** Whether the known name at `index` follows a title head and its "of". */
export function placeOfTitle(pieces: readonly Word[], index: number): boolean {
  const of = pieces[index - 1];
  return index >= 2 && of?.connector === true && of.text === 'of' && TITLE_HEADS.has(pieces[index - 2]?.text ?? '');
}
