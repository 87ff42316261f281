// Name pieces: one token cut into the parts that may belong to a name. A possessive or a
// hyphen suffix is cut off ("Hamas-run" → "Hamas", marked as an organisation's suffix); a
// hyphenated pair of known names is two pieces ("Israel-Hamas"). Split from name-runs.ts,
// which joins the pieces into runs.

import { NAME_CONNECTORS, ORG_SUFFIXES } from './entity-cues';
import { isCityCompound } from './name-city-compounds';
import { isElidedParticle } from './name-elisions';
import type { Token } from './types';
import { dayCompound } from './name-day-compounds';
import { isRomanisedGivenName } from './name-romanised-given';
import { isLowerCamelName } from './name-lower-camel';

/** The text between two pieces of one name: spaces only (no line break). */
export const SPACED_GAP = /^[ \t\u00a0]+$/;
/** A comma and spaces between two pieces. */
export const COMMA_GAP = /^,[ \t\u00a0]+$/;
/** One plain capitalised word: no acronym, possessive or hyphen ("Energy", not "FBI"). */
export const PLAIN_WORD = /^\p{Lu}\p{Ll}+$/u;

export interface Piece {
  start: number;
  end: number;
  text: string;
  /** First token of a sentence or of a quotation. */
  initial: boolean;
  /** In a headline-case line. */
  headline: boolean;
  /** Lower-case joiner inside a name ("of", "bin", "al"). */
  connector: boolean;
  /** "Hamas-run", "Iran-backed": the hyphen suffix says organisation. */
  orgSuffix: boolean;
  /** Nothing may join after this piece (possessive, cut hyphen suffix). */
  closes: boolean;
  /** Plural possessive ("Prisoners’"): only a capitalised word may join ("Prisoners’ Club"). */
  softClose?: boolean;
}

/** What the cutting needs to know of names. */
export interface PieceInput {
  /** Names that are never split at hyphens: "Guinea-Bissau". */
  isName: (name: string) => boolean;
  isNonName: (name: string) => boolean;
  /** Cities and first-level regions, no country: "Cleveland-Cliffs" is one name (name-city-compounds). */
  isMinorPlace?: (name: string) => boolean;
}

const HAS_DIGIT = /\d/;
const CONTRACTION = /['’](?:ve|ll|re|m|d|t)$/i;
const POSSESSIVE = /['’]s?$/;
const PLURAL_POSSESSIVE = /s['’]$/;
// "People’s Party", "Women’s Institute", "Children’s Hospital": plurals whose possessive is
// written "’s", inside a name as "Prisoners’ Club" is.
export const IRREGULAR_PLURAL_POSSESSIVE = /^(?:People|Women|Children|Men)['’]s$/;
const HYPHEN = /[-‑]/;
// The combining forms of peoples' names: "Sino-", "Anglo-", "Franco-", "Afro-", "Indo-".
const COMBINING_FORM = /^\p{Lu}\p{Ll}+o$/u;
const CAP = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const SHORT_TAIL = /^\p{Ll}{1,2}$/u;

/** A piece, not yet placed in its sentence (initial and headline are set by the run). One
 *  literal of one shape: tens of thousands are made per page. */
export function piece(start: number, end: number, text: string, connector: boolean, orgSuffix: boolean, closes: boolean, softClose: boolean): Piece {
  return { start, end, text, initial: false, headline: false, connector, orgSuffix, closes, softClose };
}

/** Cut a token into name pieces; returns [] when nothing in it can be part of a name. */
export function piecesOf(tok: Token, input: PieceInput): Piece[] {
  let word = tok.text;
  let end = tok.end;
  if (HAS_DIGIT.test(word) || CONTRACTION.test(word)) return [];
  let closes = false;
  let softClose = false;
  if (POSSESSIVE.test(word) && word.length > 2 && (!LOWER.test(word) || isLowerCamelName(word.replace(POSSESSIVE, '')))) {
    const cut = word.replace(POSSESSIVE, '');
    end -= word.length - cut.length;
    softClose = PLURAL_POSSESSIVE.test(word) || IRREGULAR_PLURAL_POSSESSIVE.test(word);
    closes = !softClose;
    word = cut;
  }
  if (!HYPHEN.test(word)) {
    // "d'Arcole" continues a name as a word of it (name-elisions; name-runs lets it open none).
    if (CAP.test(word) || isElidedParticle(word)) return [piece(tok.start, end, word, false, false, closes, softClose)];
    if (isLowerCamelName(word)) return [piece(tok.start, end, word, false, false, true, false)]; // "easyJet" stands alone (name-lower-camel)
    // "a" and "an" only ever join after an institution's "for", "on" after a committee's
    // head (name-runs).
    if (NAME_CONNECTORS.has(word) || word === 'of' || word === 'for' || word === 'on' || word === 'the' || word === 'a' || word === 'an') {
      return [piece(tok.start, end, word, true, false, closes, softClose)];
    }
    return [];
  }
  if (input.isName(word) || dayCompound(word)) return [piece(tok.start, end, word, false, false, closes, softClose)];
  const parts = word.split(HYPHEN);
  // "Tsai Ing-wen": a given name's second syllable is no suffix (name-romanised-given).
  if (isRomanisedGivenName(parts)) return [piece(tok.start, end, word, false, false, closes, softClose)];
  // Leading prefix not capitalised: "pro-Israel" drops it, "al-Qassam" keeps it; so does a
  // letter of a caseless script ("ו-Hamas", Hebrew "and").
  let from = 0;
  let offset = tok.start;
  while (from < parts.length - 1 && !CAP.test(parts[from] ?? '') && !NAME_CONNECTORS.has(parts[from] ?? '')) {
    offset += (parts[from] ?? '').length + 1;
    from++;
  }
  // Trailing lower-case suffix: "Hamas-run", "Gaza-bound". A tail of one or two letters is
  // the rest of one word, not a suffix: "Co-op", "Start-up", "Sit-in".
  let to = parts.length;
  let orgSuffix = false;
  while (to > from + 1 && LOWER.test(parts[to - 1] ?? '') && !(to === parts.length && SHORT_TAIL.test(parts[to - 1] ?? ''))) {
    if (ORG_SUFFIXES.has(parts[to - 1] ?? '')) orgSuffix = true;
    to--;
  }
  const kept = parts.slice(from, to);
  if (kept.length === 0 || !kept.some((p) => CAP.test(p))) return [];
  if (LOWER.test(kept[0] ?? '') && !NAME_CONNECTORS.has(kept[0] ?? '')) return [];
  const cut = to < parts.length;
  const whole = kept.join('-');
  // "Israel-Hamas", "Israeli-American": beside a known part, each part is its own name (and
  // demonyms none at all); "Al-Aqsa", "Abdel-Fattah" have no known part and stay whole.
  const known = (p: string): boolean => input.isName(p) || input.isNonName(p);
  const unknown = kept.filter((p) => !known(p));
  // "Sino-Japanese", "Anglo-French": a combining form before a demonym is an adjective.
  if (kept.length > 1 && unknown.length > 0 && unknown.every((p) => COMBINING_FORM.test(p)) && kept.some(input.isNonName)) return [];
  // "Jan-Christian Dreesen": a word that is only a demonym or a faith beside an unknown one
  // is a double given name, whole; a known name beside it still splits ("Israel-Gazan").
  const doubleName = unknown.length > 0 && !kept.some(input.isName);
  if (kept.length > 1 && !doubleName && !input.isName(whole) && !isCityCompound(kept, input) && kept.some(known) && kept.every((p) => known(p) || CAP.test(p))) {
    const out: Piece[] = [];
    let at = offset;
    for (const p of kept) {
      if (!input.isNonName(p)) out.push(piece(at, at + p.length, p, false, orgSuffix, true, softClose));
      at += p.length + 1;
    }
    return out;
  }
  const written = word.slice(offset - tok.start, offset - tok.start + whole.length);
  return [piece(offset, offset + whole.length, written, false, orgSuffix, closes || cut, false)];
}
