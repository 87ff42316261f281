// "Þorvaldur Þórðarson … Þorvaldur said", "Katrín Jakobsdóttir … Katrín": an Icelandic name
// ends in a patronymic, not a family name, and Icelanders are called by the given name, news
// too. A name is read as Icelandic where its last word ends in "-dóttir" or, ending in "-son",
// the name has a letter of Icelandic's own (þ, ð, æ, or an accented vowel): "Boris Johnson"
// and "Magdalena Andersson" are called by the surname alone, as before. An accented vowel of
// the given name alone says Icelandic only before a genitive's "-sson" ("Jón Gunnarsson"):
// "André Johnson", "José Robinson" are English surnames after a French or Spanish given name.

const DAUGHTER = /d[óo]ttir$/u;
const ICELANDIC_LETTERS = /[þðæÞÐÆ]/u;
const ACCENTED = /[áéíóúýÁÉÍÓÚÝ]/u;

/** The given name a person is called by alone, for an Icelandic name; null otherwise. */
export function patronymicGivenName(name: string): string | null {
  const words = name.split(' ');
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (words.length < 2 || first.length < 3 || first.endsWith('.')) return null;
  const accented = ACCENTED.test(last) || (ACCENTED.test(name) && last.endsWith('sson'));
  const icelandic = DAUGHTER.test(last) || (last.endsWith('son') && (ICELANDIC_LETTERS.test(name) || accented));
  return icelandic ? first : null;
}
