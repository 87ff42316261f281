// "Tsai Ing-wen", "Ma Ying-jeou", "Hou Yu-ih": a Chinese given name romanised as in Taiwan
// and Hong Kong is two syllables joined by a hyphen, the second in lower case. That is the
// shape of a suffix ("Hamas-run"), which name-pieces.ts cuts off, but a suffix is an English
// word and a syllable of Chinese is a consonant or two, vowels, and at most "n", "ng" or "h".
// Tails of one or two letters ("Ching-te") are kept whole by name-pieces already.

import { ORG_SUFFIXES } from './entity-cues';

const SYLLABLE = /^[bcdfghjklmnpqrstwxyz]{0,3}[aeiouü]{1,3}(?:ng|n|h)?$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const LOWER = /^\p{Ll}+$/u;

/** Whether the parts of a hyphenated word are a romanised two-syllable given name
 *  ("Ing", "wen"), not a name and a suffix ("Hamas", "run"). */
export function isRomanisedGivenName(parts: readonly string[]): boolean {
  if (parts.length !== 2) return false;
  const [first = '', tail = ''] = parts;
  return (
    CAPITALISED.test(first) && LOWER.test(tail) && SYLLABLE.test(first.toLowerCase()) && SYLLABLE.test(tail) && !ORG_SUFFIXES.has(tail)
  );
}
