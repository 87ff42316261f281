import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { datelineEnds } from './page-lines';
import { datelineRegionNames } from './dateline-region-names';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);
const regions = (text: string): string[] =>
  [...datelineRegionNames(text, datelineEnds(text))].map(([s, e]) => text.slice(s, e));

describe('a region after a dateline city', () => {
  it('is found between the comma and the dash, with or without a wire credit', () => {
    expect(regions('HOBART, Tasmania — The ferry sailed.')).toEqual(['Tasmania']);
    expect(regions('HOBART, Tasmania (AP) — The ferry sailed.')).toEqual(['Tasmania']);
  });

  it('is read as an abbreviation with its periods', () => {
    expect(regions('HOBART, Tas. — The ferry sailed.')).toEqual(['Tas.']);
    expect(regions('DURHAM, N.H. (AP) — The ferry sailed.')).toEqual(['N.H.']);
  });

  it('is a place where the gazetteer does not know it', () => {
    expect(typed('KIRKWALL, Orkney — The ferry sailed at noon.')).toContainEqual(['Orkney', 'place']);
    expect(typed('CORNER BROOK, Newfoundland — Crews cleared the road.')).toContainEqual(['Newfoundland', 'place']);
  });

  it('leaves other lines and longer regions alone', () => {
    expect(regions('JENIN, West Bank — Troops withdrew.')).toEqual([]);
    expect(regions('Smith, Jones — and others.')).toEqual([]);
    expect(regions('The ferry sailed from Hobart, Tasmania — a long way.')).toEqual([]);
    expect(typed('The ferry reached Kirkwall, where Orkney Ferries — the operator — waited.')).not.toContainEqual(['Orkney', 'place']);
  });
});
