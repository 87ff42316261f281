// Accent-blind comparison of Latin names: news in English often drops diacritics ("Erdogan",
// "Sanchez", "Sao Paulo") that other outlets and the stored articles keep ("Erdoğan",
// "Sánchez", "São Paulo"). Each accented letter folds to its base letter one UTF-16 unit for
// one, so a match found on folded text has the page's own offsets.
//
// The table is built once from the platform's own Unicode data (NFD) instead of shipping one:
// a letter whose canonical decomposition is an ASCII letter plus combining marks folds to that
// letter. Letters with a stroke or bar have no decomposition and are listed by hand. Ligatures
// and letters that are more than a base letter ("ß", "æ", "œ", "þ") are left alone: folding
// them would not be 1:1, and they are different spellings, not accents.

/** Latin-1 Supplement, Latin Extended-A and -B (Romanian "ș", "ț"), from "À". */
const FIRST = 0xc0;
const LAST = 0x24f;
/** Latin Extended Additional: Vietnamese ("Nguyễn") and a few others. */
const EXTRA_FIRST = 0x1e00;
const EXTRA_LAST = 0x1eff;

const STROKED: Record<string, string> = { Ø: 'O', ø: 'o', Đ: 'D', đ: 'd', Ð: 'D', ð: 'd', Ħ: 'H', ħ: 'h', ı: 'i', Ł: 'L', ł: 'l', Ŧ: 'T', ŧ: 't' };

const ASCII_LETTER = /^[A-Za-z]$/;
const COMBINING = /^[\u0300-\u036f]+$/;

function baseOf(code: number): number {
  const ch = String.fromCharCode(code);
  const stroked = STROKED[ch];
  if (stroked !== undefined) return stroked.charCodeAt(0);
  const d = ch.normalize('NFD');
  return d.length > 1 && ASCII_LETTER.test(d.charAt(0)) && COMBINING.test(d.slice(1)) ? d.charCodeAt(0) : code;
}

function table(first: number, last: number): Uint16Array {
  const t = new Uint16Array(last - first + 1);
  for (let c = first; c <= last; c++) t[c - first] = baseOf(c);
  return t;
}

const MAIN = table(FIRST, LAST);
const EXTRA = table(EXTRA_FIRST, EXTRA_LAST);

/** One UTF-16 unit with any accent of a Latin letter dropped ("ğ" → "g", "É" → "E"); case is
 *  kept, and every other unit is returned as it is. */
export function foldLatin(code: number): number {
  if (code < FIRST) return code;
  if (code <= LAST) return MAIN[code - FIRST] as number;
  if (code >= EXTRA_FIRST && code <= EXTRA_LAST) return EXTRA[code - EXTRA_FIRST] as number;
  return code;
}

/** Most names are plain ASCII: nothing from "À" up, nothing to fold. */
const MAY_FOLD = /[^\0-\u00bf]/;

/** A name with the accents of its Latin letters dropped: "Recep Tayyip Erdoğan" → "Recep
 *  Tayyip Erdogan". A combining mark after a Latin letter (text written decomposed) is dropped
 *  too, so both ways of writing "é" fold alike. For keys, not for display. */
export function foldAccents(name: string): string {
  if (!MAY_FOLD.test(name)) return name;
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code >= 0x300 && code <= 0x36f && ASCII_LETTER.test(out.charAt(out.length - 1))) continue;
    out += String.fromCharCode(foldLatin(code));
  }
  return out;
}
