// Numbers as the reader's sentences write them: digits grouped ("100,000 characters", not
// "100000"). The words around them are English, so are the separators (en-US), whatever
// the browser's locale: the card, the verdicts and the popup's limits and counts all
// write their numbers here, so one figure never reads two ways.

const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const figure = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A count or a limit, whole: "100,000", "4,096". */
export function groupedCount(n: number): string {
  return count.format(n);
}

/** A figure read from a page or a stored article, two decimals at most: a rate reads
 *  "4.25", a share read from words ("two-thirds") "66.67", not "66.667". */
export function groupedFigure(n: number): string {
  return figure.format(n);
}
