// A church, a college or a hospital named for two saints: "the Cathedral of St. Peter and St.
// Paul", "the Church of Saints Cyril and Methodius", "Sts. Peter and Paul Cathedral" is one
// name, whose "and" joins the saints, not two names listed. Used by name-runs (an "and" may go on the run) and name-conjuncts (the
// run stays whole).

import type { Piece } from './name-pieces';
import type { Token } from './types';

const SAINT = new Set(['St.', 'St', 'Saint', 'Saints', 'Sts.', 'Ss.', 'Ste.', 'Sainte', 'San', 'Santa', 'São', 'Sankt']);
const PLURAL_SAINTS = new Set(['Saints', 'Sts.', 'Ss.']);
// What is dedicated to saints; a title's "of" is a see or a town ("the Archbishop of St.
// Andrews and St. Paul's dean" lists two).
const DEDICATED = new Set(['Cathedral', 'Church', 'Basilica', 'Chapel', 'Abbey', 'Priory', 'Parish', 'Shrine', 'Oratory', 'Convent', 'Monastery', 'College', 'School', 'Hospital']);
const CAP = /^\p{Lu}/u;
// Before the head, the saints may name a university or a seminary too, and a rite's word or
// two may stand between ("Sts. Peter and Paul Catholic Church", "Ss. Cyril and Methodius
// University").
const PRE_POSED_HEADS = new Set([...DEDICATED, 'University', 'Seminary', 'Academy', 'Cemetery']);

/** Whether `words`, those after the saints' "and", are a second saint's name and, within two
 *  more capitalised words, what is dedicated to them ("Paul Cathedral", "Paul Catholic Church"). */
function saintAndHead(words: readonly string[]): boolean {
  if (!CAP.test(words[0] ?? '')) return false;
  for (let k = 1; k <= 3 && k < words.length; k++) {
    const word = words[k] ?? '';
    if (PRE_POSED_HEADS.has(word)) return true;
    if (!CAP.test(word)) return false;
  }
  return false;
}

/** The saint's title of a run "<Cathedral> of <St.> <Peter>", or null for any other run. */
function dedicatedTo(current: readonly Piece[]): string | null {
  const words = current.filter((p) => p.text !== 'The').map((p) => p.text);
  const n = words.length;
  if (n < 4 || !DEDICATED.has(words[n - 4] ?? '') || words[n - 3] !== 'of') return null;
  const title = words[n - 2] ?? '';
  return SAINT.has(title) && CAP.test(words[n - 1] ?? '') ? title : null;
}

/** Whether `words` are a plural saints' title and one saint's name ("Sts. Peter"), which
 *  open a dedicated name before its head ("Sts. Peter and Paul Cathedral"). */
function pluralTitleFirst(words: readonly string[]): boolean {
  const own = words[0] === 'The' ? words.slice(1) : words;
  return own.length === 2 && PLURAL_SAINTS.has(own[0] ?? '') && CAP.test(own[1] ?? '');
}

/** Whether the run so far, an "and" and the tokens after it name a second saint: another
 *  saint's title and a name ("… and St. Paul"), or a name after a plural title ("Saints
 *  Cyril and Methodius"), before the dedicated head where the title opens the run ("Sts.
 *  Peter and Paul Cathedral"; without the head, "Sts. Peter and Paul" may be the feast's). */
export function saintsAnd(current: readonly Piece[], tokens: readonly Token[], index: number): boolean {
  if (pluralTitleFirst(current.map((p) => p.text))) {
    return saintAndHead(tokens.slice(index + 1, index + 5).map((t) => t.text));
  }
  const title = dedicatedTo(current);
  if (title === null) return false;
  const next = tokens[index + 1]?.text ?? '';
  return SAINT.has(next) ? CAP.test(tokens[index + 2]?.text ?? '') : PLURAL_SAINTS.has(title) && CAP.test(next);
}

/** Whether the two sides of an "and" are one name's two saints (see saintsAnd). */
export function saintsJoined(left: readonly Piece[], right: readonly Piece[]): boolean {
  if (pluralTitleFirst(left.map((p) => p.text))) {
    return right.length >= 2 && right.length <= 4 && PRE_POSED_HEADS.has(right[right.length - 1]?.text ?? '') && saintAndHead(right.map((p) => p.text));
  }
  const title = dedicatedTo(left);
  if (title === null) return false;
  const first = right[0]?.text ?? '';
  if (SAINT.has(first)) return right.length === 2 && CAP.test(right[1]?.text ?? '');
  return PLURAL_SAINTS.has(title) && right.length === 1 && CAP.test(first);
}
