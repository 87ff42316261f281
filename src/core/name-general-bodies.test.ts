import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('"General" between two plain words', () => {
  it('is a body’s word, one name, not a rank before a surname ("Mass General Brigham")', () => {
    expect(typed('Doctors at Mass General Brigham said the trial worked.')).toEqual([['Mass General Brigham', 'org']]);
    expect(typed('Nurses at Dorvan General Ashby walked out on Monday.')).toEqual([['Dorvan General Ashby', 'org']]);
  });
});

describe('"General" as a rank, which the rule leaves a title', () => {
  it('stays a rank after a force, an office or a people’s word ("Army General", "Ukrainian General")', () => {
    expect(typed('The plan was backed by Army General Milley on Monday.')).toContainEqual(['Milley', 'person']);
    expect(typed('The plan was backed by Ukrainian General Syrskyi on Monday.')).toEqual([['Syrskyi', 'person']]);
    expect(typed('The plan was backed by Retired General Hale on Monday.')).toContainEqual(['Hale', 'person']);
  });

  it('stays a rank after a side at war ("Union General Sherman", "Rebel General Hemedti")', () => {
    expect(typed('Troops were led by Union General Sherman in 1864.')).toEqual([['Sherman', 'person']]);
    expect(typed('The attack was led by Rebel General Hemedti on Monday.')).toContainEqual(['Hemedti', 'person']);
    expect(typed('He met Coalition General Votel in Baghdad.')).toContainEqual(['Votel', 'person']);
  });

  it('leaves another title inside a run a title ("Bundesbank President Nagel") and "General" with its body’s head', () => {
    expect(typed('Bundesbank President Nagel said rates would rise.')).toEqual([
      ['Bundesbank', 'org'],
      ['Nagel', 'person'],
    ]);
    expect(typed('Shells hit Kyiv General Hospital overnight.').map(([n]) => n)).toEqual(['Kyiv General Hospital']);
  });
});
