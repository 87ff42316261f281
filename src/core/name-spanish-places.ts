// "Punta Arenas", "Puerto Natales", "Cerro Paranal", "Bahía Inglesa", "Caleta Tortel":
// Spanish place names open on a landform's or a harbour's own noun ("point", "port",
// "hill", "bay", "cove", "ravine"), as "Port Talbot" or "Table Mountain" say theirs in
// English. A name of two or more words so opened is a place the lexicon does not list.
// Not "Isla" or "Villa", which open people's and clubs' names too ("Isla Fisher", "Villa Park").

const OPENERS = new Set(['Punta', 'Puerto', 'Cerro', 'Río', 'Bahía', 'Laguna', 'Playa', 'Caleta', 'Quebrada', 'Islas']);

/** Whether a name of several words opens on a Spanish landform's or harbour's noun. */
export function spanishPlaceOpener(words: readonly string[]): boolean {
  return words.length > 1 && OPENERS.has(words[0] ?? '');
}
