// When an all-capitals word is the short form of a longer name: its letters are the name's
// initials ("IAEA" = International Atomic Energy Agency), or it is written in brackets
// right after the name and its letters are among the name's capitals ("Hayat Tahrir
// al-Sham (HTS)") or its words' first letters ("Department of Justice (DOJ)"). Shared by
// the knowledge build (aliases.ts) and the page (annotate.ts).

export const ACRONYM = /^\p{Lu}{2,6}$/u;
// Small words an acronym leaves out: "CFIUS", Committee on Foreign Investment in the United States.
const INITIAL_SKIP = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'al']);

export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w !== '' && !INITIAL_SKIP.has(w))
    .map((w) => w.charAt(0))
    .join('')
    .toUpperCase();
}

/** The initials an acronym may spell: the whole name's; without a last "and …" conjunct of
 *  its field ("CDC": Centers for Disease Control and Prevention, a name that grew); and, for
 *  a head and "of" before two words or more, the field's alone ("HHS": Department of Health
 *  and Human Services). */
export function initialsForms(name: string): string[] {
  const forms = [initials(name)];
  const and = name.lastIndexOf(' and ');
  const field = Math.max(name.indexOf(' of '), name.indexOf(' for '));
  if (and > 0 && field > 0 && field < and) forms.push(initials(name.slice(0, and)));
  const words = name.split(' ');
  if (words[1] === 'of' && words.length > 3) forms.push(initials(words.slice(2).join(' ')));
  return forms.filter((f) => f.length >= 2);
}

/** Letters of `acronym` appear in order among the capitals of `name`: "IRGC" in "Islamic
 *  Revolutionary Guard Corps". */
export function capitalsContain(name: string, acronym: string): boolean {
  const capitals = name.replace(/[^\p{Lu}]/gu, '');
  let i = 0;
  for (const c of capitals) if (c === acronym[i]) i++;
  return i === acronym.length;
}

// A capital, or the first letter of a lower-case word: an acronym may keep a small word's
// letter ("DOJ", Department of Justice; "BOI", Bank of Israel).
const ACRONYM_LETTER = /\p{Lu}|(?<!\p{L})\p{Ll}/gu;

/** Like capitalsContain, with the first letters of lower-case words counted too. Only for an
 *  acronym written in brackets right after the name, where that is evidence enough. */
export function lettersContain(name: string, acronym: string): boolean {
  let i = 0;
  for (const [c] of name.matchAll(ACRONYM_LETTER)) if (c.toUpperCase() === acronym[i]) i++;
  return i === acronym.length;
}

/** "Name (ABC)": the acronym opens a bracket right after the name's end. */
export function bracketedAfter(text: string, nameEnd: number, acronymStart: number): boolean {
  return acronymStart === nameEnd + 2 && text.slice(nameEnd, acronymStart) === ' (';
}

/** "California Department of Forestry and Fire Protection (CAL FIRE)": a short form of
 *  several words in capitals, each the start of one of the name's words, in order. Only
 *  for a form in brackets right after the name, which says it is that name's. */
export function isClippedWordsOf(short: string, name: string): boolean {
  const parts = short.split(' ');
  if (parts.length < 2 || !parts.every((w) => /^\p{Lu}{2,}$/u.test(w))) return false;
  let i = 0;
  for (const word of name.split(' ')) if (i < parts.length && word.toUpperCase().startsWith(parts[i] ?? '')) i++;
  return i === parts.length;
}
