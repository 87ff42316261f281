// "a Hong Kong court ordered the group liquidated on Jan. 29" is the stored "ordered the
// company liquidated on Monday, January 29, 2024": a page's day said without its year is the
// stored day of that month and day, for the test of a date restated in the same words
// (figure-restated-words.ts). A page day with its year must match it whole.

const YEARLESS = /^--(\d{2})-(\d{2})$/;

/** Whether the page's yearless day `pageIso` ("--01-29") is the stored full day `storedIso`'s. */
export function yearlessSameDay(pageIso: string, storedIso: string | undefined): boolean {
  const m = YEARLESS.exec(pageIso);
  return m !== null && storedIso !== undefined && new RegExp(String.raw`^\d{4}-${m[1]}-${m[2]}$`).test(storedIso);
}
