import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { adminUnitVote } from './name-admin-units';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a name before a word for a unit of local government', () => {
  it('is a place ("the city’s Ota ward")', () => {
    expect(typed("The minister, who visited a shop in the city's Ota ward, said prices fell.")).toEqual([['Ota', 'place']]);
  });

  it('leaves a hospital’s ward and a capitalised unit as they were', () => {
    expect(adminUnitVote('Sacred Heart Hospital', ' ward was closed.')).toBe(0);
    expect(adminUnitVote('Ota', ' Ward office said.')).toBe(0);
    expect(adminUnitVote('Ota', ' ward said.')).toBe(3);
    expect(adminUnitVote('Ota', ' wardrobe')).toBe(0);
  });

  // Must not change: a hospital's ward named for a person is no place.
  it('leaves a hospital’s ward named for a person no place', () => {
    expect(typed('Nurses on the Nightingale ward said beds were full.')).not.toContainEqual(['Nightingale', 'place']);
    expect(typed('Patients in the Churchill ward at the hospital were moved on Monday.')).not.toContainEqual(['Churchill', 'place']);
    expect(adminUnitVote('Ota', ' ward, where the rice shop stands, said.', "shoppers in the city's ")).toBe(3);
    expect(adminUnitVote('Kent', ' borough hospital trust said', 'the ')).toBe(3);
  });
});

describe('the name and the unit\'s word on one line (name-admin-units.ts)', () => {
  it('gives no vote across a line break: a heading\'s last name is no ward\'s', () => {
    expect(adminUnitVote('Ota', '\nward officials said prices fell')).toBe(0);
    expect(adminUnitVote('Saga', ' \n prefecture')).toBe(0);
  });

  it('must not change: the unit\'s word on the name\'s line, after any run of spaces', () => {
    expect(adminUnitVote('Ota', ' ward officials said')).toBe(3);
    expect(adminUnitVote('Saga', '\t prefecture,')).toBe(3);
  });
});
