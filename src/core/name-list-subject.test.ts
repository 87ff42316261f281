import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { listSpeaks } from './name-list-subject';
import { demonyms, placeLexicon, placeVariants } from './places';

// Sentences written for this test, from several domains.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a list after a place that a verb of speech follows is the verb\'s subject (name-list-subject.ts)', () => {
  it('borrows no place from the place before the comma', () => {
    expect(typed('Prices fell in Sydney, Woolworths and Coles said on Monday.')).toEqual([
      ['Sydney', 'place'],
      ['Woolworths', 'org'],
      ['Coles', 'org'],
    ]);
  });

  it('leaves real lists of places as they were', () => {
    expect(typed('Fighting raged in Khartoum, Omdurman and Bahri, where aid groups said food ran short.')).toEqual([
      ['Khartoum', 'place'],
      ['Omdurman', 'place'],
      ['Bahri', 'place'],
    ]);
    expect(typed('Floods hit homes in Seminole and Lamesa, officials said.')).toEqual([
      ['Seminole', 'place'],
      ['Lamesa', 'place'],
    ]);
    expect(typed('Floods hit homes in Seminole and Lamesa, Reuters said.').slice(0, 2)).toEqual([
      ['Seminole', 'place'],
      ['Lamesa', 'place'],
    ]);
  });

  it('reads the list to its verb only through "and" or "or"', () => {
    const text = 'in Sydney, Woolworths and Coles said';
    expect(listSpeaks(text, text.indexOf('Woolworths') + 'Woolworths'.length)).toBe(true);
    expect(listSpeaks(text, text.length - ' said'.length)).toBe(true);
    const other = 'in Seminole and Lamesa, Reuters said';
    expect(listSpeaks(other, other.indexOf('Lamesa') + 'Lamesa'.length)).toBe(false);
    expect(listSpeaks(other, other.indexOf('Seminole') + 'Seminole'.length)).toBe(false);
  });
});
