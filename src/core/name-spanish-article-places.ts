// "Los Cristianos", "Las Terrenas", "La Gomera", "to El Hierro": a Spanish article opening a
// name the lexicon does not know is a place's ("the Christians", "the iron one"), as a
// person's name takes none; name-article-places.ts types an article before a known place.
// "El" also opens a man's nickname ("El Chapo was extradited"), so it counts only after a
// preposition of place ("in", "to", "from"). "La" counts only before a word ending in a
// vowel ("La Gomera", "La Rochelle"): the French "Le"/"La" open surnames ("Le Pen").
// Two words, or a longer name joined by "de"/"del" ("Los Llanos de Aridane"); a body's or a
// team's longer name is read by its head.

import { INLINE_SPACE as S } from './inline-space';

const ARTICLES = new Set(['Los', 'Las']);
const JOINS = new Set(['de', 'del']);
const CAPITAL = /^\p{Lu}\p{Ll}/u;
const PLACE_PREPOSITION = new RegExp(String.raw`\b(?:in|to|from|at|near|into|outside|around)${S}$`, 'u');

/** Whether a name opens on a Spanish article before a capitalised word: "Los Cristianos".
 * `before` is the text right before the name. */
export function spanishArticlePlace(words: readonly string[], before: string): boolean {
  const [article = '', head = ''] = words;
  const spanish =
    ARTICLES.has(article) || (article === 'La' && /[ae]$/u.test(head)) || (article === 'El' && PLACE_PREPOSITION.test(before));
  if (!spanish || !CAPITAL.test(head)) return false;
  return words.length === 2 || (words.length > 3 && JOINS.has(words[2] ?? ''));
}
