import { describe, expect, it } from 'vitest';
import { gameAtVenue } from './name-venues';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typeOf = (text: string, name: string): string | undefined => findEntities(text, lexicon).find((m) => m.text === name)?.type;

describe('a centre where a game is played', () => {
  it('is a venue, a place ("beat the Capitals 4-3 on Sunday night at the United Center")', () => {
    expect(typeOf('The Blackhawks beat the Capitals 4-3 on Sunday night at the United Center.', 'United Center')).toBe('place');
    expect(typeOf('The Nets hosted the Knicks at the Barclays Center on Friday.', 'Barclays Center')).toBe('place');
  });

  it('stays a body where the sentence reports no game, or without "at the"', () => {
    expect(typeOf('Researchers at the Pew Research Center said turnout fell.', 'Pew Research Center')).toBe('org');
    expect(typeOf('She gave a speech at the Carter Center on Monday.', 'Carter Center')).toBe('org');
    expect(typeOf('The Wilson Center beat its fundraising goal.', 'Wilson Center')).toBe('org');
  });

  it('stays a body where a field of care or study comes before its head ("treated at the … Medical Center")', () => {
    expect(typeOf('He was hurt in the game and was treated at the Harborview Medical Center.', 'Harborview Medical Center')).toBe('org');
    expect(typeOf('After the game, he was held overnight at the County Detention Center.', 'County Detention Center')).toBe('org');
  });
});

describe('a venue named for a web domain', () => {
  it('is one name ("Crypto.com Arena"), as the domain alone is the company', () => {
    expect(typeOf('The game was played at Crypto.com Arena on Sunday night.', 'Crypto.com Arena')).toBe('place');
    expect(typeOf('Crypto.com said on Monday that it had raised money.', 'Crypto.com')).toBe('org');
  });
});

describe('an arena written without "the" where a race or a game ends', () => {
  it('is a venue ("near the finish at SAP Center")', () => {
    expect(typeOf('The course changed because of work near the finish at SAP Center.', 'SAP Center')).toBe('place');
    expect(typeOf('The Sharks beat the Kings 4-3 at SAP Center.', 'SAP Center')).toBe('place');
  });

  it('leaves a body after "at" alone, and an event a runner finished at', () => {
    expect(typeOf('He played four seasons at Duke University before the draft.', 'Duke University')).toBe('org');
    expect(typeOf('Baptiste had finished fourth at the Olympic Games in Paris.', 'Olympic Games')).toBe('event');
  });
});

describe('a field where a game is played', () => {
  it('is a venue, "at nearby" too ("play the Bears at nearby Halden Field")', () => {
    expect(typeOf('The Wolves play the Bears at nearby Halden Field on Sunday.', 'Halden Field')).toBe('place');
  });

  it('stays a person where no game is played there ("said Mara Field")', () => {
    expect(typeOf('The Wolves play the Bears on Sunday, said Mara Field.', 'Mara Field')).toBe('person');
    expect(typeOf('Fans thanked Mara Field at the gate.', 'Mara Field')).toBe('person');
  });
});

describe('a hall where a concert is played or sung', () => {
  it('is a venue ("played at Carnegie Hall", "sang at Halden Hall")', () => {
    expect(typeOf('The band played at Carnegie Hall on Friday.', 'Carnegie Hall')).toBe('place');
    expect(typeOf('She sang at Halden Hall on Friday.', 'Halden Hall')).toBe('place');
  });

  it('stays a person where nothing is played at it ("added 12, and Tyler Hall")', () => {
    expect(typeOf('Fans thanked Tyler Hall at the gate.', 'Tyler Hall')).toBe('person');
    expect(typeOf('He scored 20 points, and Tyler Hall added 12.', 'Tyler Hall')).toBe('person');
  });
});

describe('gameAtVenue on one line', () => {
  const at = (text: string, name: string): boolean => gameAtVenue(text, text.indexOf(name), text.indexOf(name) + name.length);
  it('reads "at the" before the venue on its line only', () => {
    expect(at('The Nets hosted the Knicks at the Barclays Center on Friday.', 'Barclays Center')).toBe(true);
    expect(at('The Nets hosted the Knicks at the\nBarclays Center on Friday.', 'Barclays Center')).toBe(false);
    expect(at('The Nets hosted the Knicks at\nthe Barclays Center on Friday.', 'Barclays Center')).toBe(false);
    expect(at('The Nets hosted the Knicks at\nBarclays Center on Friday.', 'Barclays Center')).toBe(false);
    expect(at('She ran to the\nfinish at the Barclays Center.', 'Barclays Center')).toBe(false);
  });
});
