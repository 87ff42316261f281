import { describe, expect, it } from 'vitest';
import { runObject } from './name-run-objects';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('what someone runs, owns, founds or heads', () => {
  it('is a body ("who runs Fix Dessert Chocolatier", "founded Acme Robotics")', () => {
    expect(typed('Sarah Hamouda, who runs Fix Dessert Chocolatier in Dubai, said so.')).toEqual([
      ['Sarah Hamouda', 'person'],
      ['Fix Dessert Chocolatier', 'org'],
      ['Dubai', 'place'],
    ]);
    expect(typed('She founded Acme Robotics in 2010.')).toEqual([['Acme Robotics', 'org']]);
  });

  it('leaves a possessive name and a person another verb governs alone ("ran Bill Clinton’s campaign", "managed Wayne Rooney")', () => {
    expect(typed('He ran Bill Clinton’s campaign in 1992.')).toEqual([['Bill Clinton', 'person']]);
    expect(typed('He managed Wayne Rooney for years.')).toEqual([['Wayne Rooney', 'person']]);
  });

  it('leaves a rival someone ran close a person ("who ran Usain Bolt close")', () => {
    expect(typed('Mo Farah, who ran Usain Bolt close, said he was tired.')).toEqual([
      ['Mo Farah', 'person'],
      ['Usain Bolt', 'person'],
    ]);
    expect(typed('Tamsin Oduya, who ran Keira Lund so close in Rome, has retired.')).toEqual([
      ['Tamsin Oduya', 'person'],
      ['Keira Lund', 'person'],
      ['Rome', 'place'],
    ]);
  });

  it('still reads a body run from close by as run ("runs Acme Robotics closely")', () => {
    expect(typed('She runs Acme Robotics closely with her brother.')).toEqual([['Acme Robotics', 'org']]);
    // A body run close to ruin, and one owned or founded close to somewhere, are bodies.
    expect(typed('She ran Dorvex Textiles close to bankruptcy, a court heard.')).toEqual([['Dorvex Textiles', 'org']]);
    expect(typed('The family that owns Norvell Brandt close to the river sold it.')).toEqual([['Norvell Brandt', 'org']]);
  });
});

describe('runObject on one line', () => {
  const at = (text: string, name: string): boolean => runObject(text, text.indexOf(name), text.indexOf(name) + name.length);
  it('reads the verb before the name on its line only', () => {
    expect(at('She founded Acme Robotics in 2010.', 'Acme Robotics')).toBe(true);
    expect(at('Who founded\nAcme Robotics in 2010.', 'Acme Robotics')).toBe(false);
    expect(at('She ran the\nAcme Robotics team.', 'Acme Robotics')).toBe(false);
    expect(at('He ran Acme close\nto bankruptcy.', 'Acme')).toBe(false);
  });
});
