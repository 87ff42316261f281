// The lexicon names are read with when no other is given: the places and their demonyms.
// Compiling it takes 25–40 ms, so one copy serves the knowledge build and the figure owners
// of every page sentence.
import { compileLexicon, type Lexicon } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

let compiled: Lexicon | null = null;

export function defaultLexicon(): Lexicon {
  return (compiled ??= compileLexicon(placeLexicon(), demonyms(), placeVariants()));
}
