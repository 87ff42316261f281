import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { spanishArticlePlace } from './name-spanish-article-places';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a Spanish article opening an unknown name (name-spanish-article-places)', () => {
  it('is a place, not a person', () => {
    expect(typed('The ferry from Los Almendros was late.')).toEqual([['Los Almendros', 'place']]);
    expect(typed('Drought hit Las Garzas and La Ventanilla this year.')).toEqual([
      ['Las Garzas', 'place'],
      ['La Ventanilla', 'place'],
    ]);
    expect(typed('Tourists flocked to El Manzano last summer.')).toEqual([['El Manzano', 'place']]);
  });

  // Must not change: a nickname opened by "El", a surname opened by "La", a person's cue.
  it('leaves "El" with no place before it, "La" before a consonant, and a speaker', () => {
    expect(spanishArticlePlace(['El', 'Tigre'], 'Police said ')).toBe(false);
    expect(spanishArticlePlace(['La', 'Torr'], 'to ')).toBe(false);
    expect(typed('El Tigre was arrested at his ranch.')).toEqual([['El Tigre', 'person']]);
    expect(typed('Los Pumas said he would return.')).not.toContainEqual(['Los Pumas', 'place']);
  });
});
