import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { placeFormSpeaker } from './name-place-form-speakers';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe("a place-shaped name that speaks (name-place-form-speakers)", () => {
  it('is a body, not a person', () => {
    expect(typed('Breiðavík said the harbour would reopen on Friday.')).toEqual([['Breiðavík', 'org']]);
    expect(typed('Cerro Alto said copper output fell in the quarter.')).toEqual([['Cerro Alto', 'org']]);
    expect(typed('Los Almendros said the water was safe to drink.')).toEqual([['Los Almendros', 'org']]);
  });

  // Must not change: a name with no place's form, a title, a place that does not speak.
  it('leaves a person\'s name, a titled name and a silent place alone', () => {
    expect(typed('Isla Fisher said she would return.')).toEqual([['Isla Fisher', 'person']]);
    expect(typed('La Rosa said she would sing at the gala.')).toEqual([['La Rosa', 'person']]);
    expect(placeFormSpeaker(['La', 'Rosa'], '', 2, 0, ' said that he would')).toBe(false);
    expect(placeFormSpeaker(['La', 'Rosa'], '', 2, 0, ' said the hotel would')).toBe(true);
    expect(placeFormSpeaker(['Cerro', 'Alto'], '', 0, 0)).toBe(false);
    expect(placeFormSpeaker(['Dana', 'Alto'], '', 2, 0)).toBe(false);
    expect(typed('The ferry from Los Almendros was late.')).toEqual([['Los Almendros', 'place']]);
  });

  it('keeps a place-shaped name before its officials a place, as "Gaza officials" are Gaza\'s', () => {
    expect(typed('Crews left when Cerro Alto officials closed the road.')).toEqual([['Cerro Alto', 'place']]);
    expect(typed('The water was safe, Los Almendros authorities said.')).toEqual([['Los Almendros', 'place']]);
  });
});
