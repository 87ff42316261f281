import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const found = (text: string): string[] => findEntities(text, lexicon).map((m) => `${m.text}:${m.type}`);

describe('a utility named for the two things it sells', () => {
  it('is one name, "and" and all, with or without "the" before it', () => {
    expect(found('Pacific Gas and Electric said it would cut power to 50,000 homes.')).toEqual(['Pacific Gas and Electric:org']);
    expect(found('Rates at Kansas City Power and Light rose.')).toEqual(['Kansas City Power and Light:org']);
    expect(found('Harbor Gas and Electric Company raised its rates.')).toEqual(['Harbor Gas and Electric Company:org']);
  });

  it('must not change: two people whose surnames are such words, two of the wares alone', () => {
    expect(found('Mary Power and Light Smith met on Friday.')).toEqual(['Mary Power:person', 'Light Smith:person']);
    expect(found('Ann Gas and Electric Lee spoke.').map((s) => s.split(':')[0])).not.toContain('Ann Gas and Electric Lee');
  });

  it('types the joined utility a body\'s, as its "&" spelling is, whatever verb follows', () => {
    expect(found('Florida Power and Light said outages fell.')).toEqual(['Florida Power and Light:org']);
    expect(found('Duke Power and Light said.')).toEqual(['Duke Power and Light:org']);
    expect(found('Hines Power and Electric Boat said.')).toEqual(['Hines Power:person', 'Electric Boat:person']);
  });
});
