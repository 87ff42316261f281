import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { oneOfAsSingular, singularOf } from './apposition-one-of';
import { appositionType } from './apposition';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('an apposition "one of the <plural kind>"', () => {
  it('says what a lone opener is, as "the <kind>" does ("Carnival, one of the largest cruise lines,")', () => {
    expect(typed('Carnival, one of the largest cruise lines, said bookings rose.')).toEqual([['Carnival', 'org']]);
    expect(typed('Tesco, one of the biggest retailers in Britain, cut prices.')).toEqual([['Tesco', 'org'], ['Britain', 'place']]);
    expect(appositionType(', one of the oldest charities in Wales, said')).toBe('org');
    expect(appositionType(', one of Europe\'s busiest cities, banned cars')).toBe('place');
    expect(appositionType(', one of the best lawyers in town, said')).toBe('person');
  });

  it('must not change: no kind, or no "one of" apposition at all', () => {
    expect(typed('Smith, one of the largest donors, said nothing.')).toEqual([]);
    expect(appositionType(', one of the reasons, was cost')).toBeNull();
    expect(oneOfAsSingular(', which is one of the largest lines,')).toBe(', which is one of the largest lines,');
    expect(oneOfAsSingular(' one of the largest lines,')).toBe(' one of the largest lines,');
  });

  it('reads the plural as its singular', () => {
    expect(oneOfAsSingular(', one of the largest cruise lines, said')).toBe(', the largest cruise line, said');
    expect(['lines', 'companies', 'churches', 'boxes', 'groups'].map(singularOf)).toEqual(['line', 'company', 'church', 'box', 'group']);
  });

  it('reads the apposition on one line only', () => {
    expect(oneOfAsSingular(', one of the\nlargest cruise lines, said')).toBe(', one of the\nlargest cruise lines, said');
    expect(oneOfAsSingular(',\none of the largest cruise lines, said')).toBe(',\none of the largest cruise lines, said');
    expect(oneOfAsSingular(', one of the largest cruise lines\nthat sail')).toBe(', one of the largest cruise lines\nthat sail');
  });
});
