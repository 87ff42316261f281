// "ordered the company liquidated on Monday, January 29, 2024": a weekday and the date after
// its comma are one phrase, so the comma between them is no clause break and the date keeps
// the verb its clause gives it. A weekday's comma before anything else ("on Monday, the
// court said") still ends a clause.

import { INLINE_SPACE as S } from './inline-space';
import { MONTH_WORD } from './month-names';

/** Lookahead body for a comma (matched just before it) that sits between a weekday and the
 *  date it names: "Monday, January 29", "Sunday, Feb. 4". */
export const WEEKDAY_COMMA_BEFORE_DATE = String.raw`(?<=\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,)${S}${MONTH_WORD}${S}\d`;
