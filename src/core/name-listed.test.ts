import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { listedPlaceVotes } from './name-listed';

// Every sentence is written for this test.
const PLACES = new Set(['Tubas', 'Pasadena', 'Seminole']);
const votes = (text: string, name: string): number => {
  const start = text.indexOf(name);
  return listedPlaceVotes({ text, start, end: start + name.length, isPlace: (n) => PLACES.has(n) }, false);
};

describe('place votes from the names listed with a name', () => {
  it('takes them from a place listed with it, a route\'s other end, or a place\'s preposition', () => {
    expect(votes('Tulkarem and Tubas were shelled.', 'Tulkarem')).toBe(2);
    expect(votes('Tubas and Tulkarem were shelled.', 'Tulkarem')).toBe(2);
    expect(votes('They drove from Malibu to Pasadena.', 'Malibu')).toBe(2);
    expect(votes('They drove from Pasadena to Malibu.', 'Malibu')).toBe(2);
    expect(votes('Wells ran dry in Denver and Lamesa.', 'Lamesa')).toBe(2);
  });

  it('reads the list on the name\'s line only: a heading\'s last word is no fellow of the paragraph\'s first', () => {
    expect(votes('Tulkarem\nand Tubas were shelled.', 'Tulkarem')).toBe(0);
    expect(votes('Notes on Tubas and\nTulkarem officials said.', 'Tulkarem')).toBe(0);
    expect(votes('They drove from Malibu to\nPasadena.', 'Malibu')).toBe(0);
    expect(votes('They drove from Pasadena\nto Malibu.', 'Malibu')).toBe(0);
    expect(votes('Wells ran dry in Denver and\nLamesa.', 'Lamesa')).toBe(0);
  });
});

describe('a listed name read whole', () => {
  const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
  const found = (text: string): string[] => findEntities(text, lexicon).map((m) => `${m.text}:${m.type}`);

  it('lends no place vote from a place that opens a longer name ("… and San Diego Gas & Electric")', () => {
    expect(found('Harwick Power, Southern California Edison and San Diego Gas & Electric carried out the cuts.')).toContain('Southern California Edison:org');
    expect(listedPlaceVotes({ text: 'Corvane and San Diego Gas & Electric', start: 0, end: 7, isPlace: (n) => n === 'San Diego' }, false)).toBe(0);
  });

  it('must not change: a place listed whole, or with its own place head after it', () => {
    expect(listedPlaceVotes({ text: 'Corvane and San Diego on Monday', start: 0, end: 7, isPlace: (n) => n === 'San Diego' }, false)).toBe(2);
    expect(listedPlaceVotes({ text: 'Corvane and San Diego County', start: 0, end: 7, isPlace: (n) => n === 'San Diego' }, false)).toBe(2);
  });
});
