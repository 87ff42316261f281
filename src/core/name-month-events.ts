// "the October Revolution", "the July Crisis", "the August Complex": an event named for the
// month it broke out in keeps the month as the first word of its name, where alone a month
// is the calendar's and ends a run (leaving "Revolution", "Complex" a name of their own).
// Only heads that name a rising, a war, a crisis or a complex of fires: "in October Talks
// resumed" or "the May Election" is a date and a heading's word, no name. Nor is a head with
// another capitalised word after it: "in April Crisis Group warned", "by November War Minister
// Ivanov" name a body and a title, the month their date.

import { INLINE_SPACE as S } from './inline-space';
import { MONTH_NAMES } from './month-names';

const MONTHS = new Set<string>(MONTH_NAMES);
const EVENT_AFTER = new RegExp(String.raw`^${S}(?:Revolution|Uprising|Rising|Coup|Putsch|Crisis|War|Offensive|Massacre|Complex)(?![\p{L}\p{N}’'-])(?!${S}\p{Lu})`, 'u');

/** Whether month word `word`, with `after` the text right after it, opens an event's name. */
export function monthOpensEvent(word: string, after: string): boolean {
  return MONTHS.has(word) && EVENT_AFTER.test(after);
}
