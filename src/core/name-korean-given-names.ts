// "Son Heung-min", "Park Ji-sung", "Heung-min Son": a Korean given name is two syllables
// joined by a hyphen, the second in lower case, so name-pieces cut it as a suffix
// ("Hamas-run", "Gaza-bound") and left "Son Heung" a person. Both halves must be romanised
// syllables and a Korean surname must stand beside it, so "Kremlin-backed" and "Moscow-based"
// are still cut. Used by name-runs.ts.

import { piece, type Piece } from './name-pieces';
import type { Token } from './types';

// A romanised syllable: an initial, a vowel (with a glide) and a final consonant.
const SYLLABLE = String.raw`(?:kk|tt|pp|ss|jj|ch|[bcdghjklmnprstwy])?(?:ae|eo|eu|oe|ui|ya|yae|yeo|ye|yo|yu|wa|wae|wo|we|wi|ou|oo|ee|[aeiou])(?:ng|n|k|l|m|p|t)?`;
const SYLLABLE_ONLY = new RegExp(`^${SYLLABLE}$`);
// Two halves, a capital opening the first, and a possessive after.
const GIVEN_NAME = /^(\p{Lu}\p{Ll}{0,5})[-‑](\p{Ll}{1,6})(['’]s)?$/u;
const SURNAMES = new Set(
  ('Kim Lee Yi Rhee Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Suh Shin Sin Kwon ' +
    'Hwang Ahn An Song Yoo Yu Ryu Hong Jeon Chun Ko Go Moon Mun Son Sohn Yang Bae Baek Paik Heo Huh Nam Noh Roh Ha Kwak Sung ' +
    'Cha Joo Ju Woo Min Na Jin Hyun Ban Byun Eom Um Won Chae Kil Gil Kook Ki').split(' '),
);

const spaced = (text: string, from: number, to: number): boolean => /^[ \t\u00a0]+$/.test(text.slice(from, to));

/** The token at `index` as one piece where it is a Korean given name beside a Korean surname
 *  ("Son Heung-min", "Heung-min Son"); null otherwise. */
export function koreanGivenName(tokens: readonly Token[], index: number, text: string): Piece | null {
  const tok = tokens[index]!;
  const match = GIVEN_NAME.exec(tok.text);
  if (!match || !SYLLABLE_ONLY.test(match[1]!.toLowerCase()) || !SYLLABLE_ONLY.test(match[2]!)) return null;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  const surnameBefore = before !== undefined && SURNAMES.has(before.text) && spaced(text, before.end, tok.start);
  const surnameAfter = match[3] === undefined && after !== undefined && SURNAMES.has(after.text.replace(/['’]s$/u, '')) && spaced(text, tok.end, after.start);
  if (!surnameBefore && !surnameAfter) return null;
  const end = tok.end - (match[3]?.length ?? 0);
  return piece(tok.start, end, text.slice(tok.start, end), false, false, match[3] !== undefined, false);
}
