// A count or limit as the reader's sentences write it: digits grouped ("100,000
// characters", not "100000"). The words around it are English, so are the separators, as
// the card and the verdicts write their figures (en-US), whatever the browser's locale.

const grouping = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function groupedCount(n: number): string {
  return grouping.format(n);
}
