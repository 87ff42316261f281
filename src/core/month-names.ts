// The months' names, January first: what dates.ts reads and what the card writes.
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
// Their short forms in running text ("Sept" before "Sep", so an alternation tries it first).
export const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
/** Regex source for one month, named or short with or without its period: "March", "Feb.". */
export const MONTH_WORD = `(?:${MONTH_NAMES.join('|')}|(?:${MONTH_ABBREVIATIONS.join('|')})\\.?)`;
