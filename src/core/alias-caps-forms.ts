// "CAL FIRE", "BANK OF AMERICA": an agency or a firm may be stored as its own style writes it,
// in capitals, while a page writes it in title case ("Cal Fire said"). The title-case form is
// one more written form of the stored name, so the page's name links to it. Only names of two
// words or more: a lone word in capitals is an acronym ("NASA", "US"), whose title case
// ("Us") is another word.

const CAPS_ONLY = /^[\p{Lu}\p{N}&.'’-]+$/u;
const HAS_LETTERS = /\p{Lu}{3}/u;
// Words a title-case name writes in lower case inside it.
const JOINERS = new Set(['OF', 'AND', 'THE', 'FOR', 'ON', 'IN', 'AT', 'TO', 'DE']);
// Dotted acronyms and short words stay as written ("U.S. STEEL" → "U.S. Steel", "US ARMY" → "US Army").
const KEPT = /\.|^[\p{Lu}\p{N}]{1,2}$/u;

// Name particles of two letters that open a name ("DE BEERS" → "De Beers", "DU PONT"), which
// may as well be an acronym ("LA Fitness"): both forms are kept.
const OPENING_PARTICLES = new Set(['DE', 'DU', 'DA', 'DI', 'LA', 'LE', 'EL', 'AL']);

/** The title-case forms of a stored name written all in capitals ("CAL FIRE" → "Cal Fire"), or
 *  none when the name is not one of several words in capitals. */
export function titleCaseForms(alias: string): string[] {
  const words = alias.split(' ');
  if (words.length < 2 || !words.every((w) => CAPS_ONLY.test(w)) || !words.some((w) => HAS_LETTERS.test(w))) return [];
  const titled = words.map((w, i) => {
    if (i > 0 && JOINERS.has(w)) return w.toLowerCase();
    if (KEPT.test(w)) return w;
    return w.charAt(0) + w.slice(1).toLowerCase();
  });
  const forms = [titled.join(' ')];
  const first = words[0] ?? '';
  if (OPENING_PARTICLES.has(first)) forms.push([first.charAt(0) + first.slice(1).toLowerCase(), ...titled.slice(1)].join(' '));
  return forms.filter((f) => f !== alias);
}
