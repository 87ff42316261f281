import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { afterThe } from './after-the';
import { residentWords } from './name-city-demonyms';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): string[] => findEntities(text, lexicon).map((m) => `${m.text}:${m.type}`);
const isKnown = (name: string): boolean => ['New York', 'Dublin', 'Chicago'].includes(name);

describe('a city resident\'s word before a person\'s name', () => {
  it('stays outside the name ("New Yorker Dana Pike", "Dubliner Ciaran Moss")', () => {
    expect(typed('The stall is run by New Yorker Dana Pike and her brother.')).toEqual(['Dana Pike:person']);
    expect(typed('Dubliner Ciaran Moss said he would stay.')).toEqual(['Ciaran Moss:person']);
    expect(residentWords(['Chicagoan', 'Ruth', 'Bell'], isKnown)).toBe(1);
  });

  it('must not change: the word in a name of two words, or a given name that is no city\'s', () => {
    expect(residentWords(['New', 'Yorker', 'Hotel'], isKnown)).toBe(0);
    expect(residentWords(['Dubliner', 'Pub'], isKnown)).toBe(0);
    expect(residentWords(['Walter', 'Ruth', 'Bell'], isKnown)).toBe(0);
    expect(typed('Julian Dane Moss said he would stay.')).toEqual(['Julian Dane Moss:person']);
  });

  it('must not change: a paper\'s name after "the" ("the Dubliner Abend Blatt")', () => {
    expect(typed('He told the Dubliner Abend Blatt that he would stay.')).toEqual(['Dubliner Abend Blatt:org']);
    expect(afterThe('told the ', 9)).toBe(true);
    expect(afterThe('Theo ', 5)).toBe(false);
  });
});
