import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities, PACKED_SEPARATOR } from './entities';
import { cityAndRegionNames, demonyms, placeLexicon, placeVariants } from './places';

describe('placeLexicon', () => {
  const names = new Map(placeLexicon());

  it('has countries, official names, capitals and the news regions, all places', () => {
    for (const n of ['Israel', 'Egypt', 'Lebanon', 'United States', 'United States of America', 'Jerusalem', 'Cairo', 'Washington', 'West Bank', 'Gaza Strip', 'Middle East', 'Jenin']) {
      expect(names.get(n), n).toBe('place');
    }
  });

  it('keeps US, UK and USA but drops two-letter codes that are ordinary words', () => {
    expect(names.has('US')).toBe(true);
    expect(names.has('UK')).toBe(true);
    expect(names.has('USA')).toBe(true);
    for (const code of ['IN', 'IT', 'NO', 'ME', 'IS', 'AM']) expect(names.has(code), code).toBe(false);
  });

  it('skips inverted forms with commas', () => {
    expect(names.has('Palestine, State of')).toBe(false);
  });
});

describe('cities and first-level regions', () => {
  const lex = compileLexicon(placeLexicon(), []);

  it('packs them into one entry that compileLexicon unpacks as minor places', () => {
    const packed = placeLexicon().filter(([n]) => n.includes(PACKED_SEPARATOR));
    expect(packed).toHaveLength(1);
    for (const n of ['Austin', 'Texas', 'Cornwall', 'Bavaria', 'Ontario', 'Mumbai', 'São Paulo', 'Manchester']) {
      if (!cityAndRegionNames().includes(n)) continue; // spelled otherwise in the data
      expect(lex.names.get(n), n).toBe('place');
      expect(lex.minor?.has(n), n).toBe(true);
    }
    for (const n of ['Austin', 'Texas', 'Cornwall', 'Mumbai']) expect(cityAndRegionNames(), n).toContain(n);
  });

  it('keeps countries and capitals out of the minor set', () => {
    for (const n of ['Israel', 'France', 'Cairo', 'West Bank']) expect(lex.minor?.has(n), n).toBe(false);
  });

  it('leaves out town names that are ordinary words or given names', () => {
    const all = new Set(cityAndRegionNames());
    for (const n of ['Reading', 'Nice', 'Mobile', 'Split', 'Surprise', 'Mary', 'Central', 'Eastern']) {
      expect(all.has(n), n).toBe(false);
    }
  });

  it('lets a single entry win over a packed one', () => {
    const l = compileLexicon([['Austin|Texas', 'place'], ['Austin', 'person']], []);
    expect(l.names.get('Austin')).toBe('person');
    expect(l.names.get('Texas')).toBe('place');
    expect(l.minor?.has('Austin')).toBe(false);
  });
});

describe('placeVariants', () => {
  it('maps alternative spellings to the common name', () => {
    const v = new Map(placeVariants());
    expect(v.get('USA')).toBe('United States');
    expect(v.get('United States of America')).toBe('United States');
    expect(v.get('Washington')).toBe('Washington D.C.');
  });
});

describe('demonyms', () => {
  const d = new Set(demonyms());
  it('has demonyms, their plurals and group adjectives', () => {
    for (const w of ['Israeli', 'Israelis', 'Palestinian', 'Palestinians', 'American', 'Americans', 'Iranian', 'Arab', 'Gazans', 'British', 'Lebanese']) {
      expect(d.has(w), w).toBe(true);
    }
  });
  it('does not contain country names', () => {
    for (const w of ['Israel', 'Iran', 'Gaza', 'Lebanon', 'Scotland', 'Wales']) expect(d.has(w), w).toBe(false);
  });
  it('has the demonyms of the United Kingdom\'s nations, which the extra places add', () => {
    for (const w of ['English', 'Scottish', 'Welsh']) expect(d.has(w), w).toBe(true);
    const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
    const names = findEntities('He met her at his golf resort on the Scottish coast, where Welsh and English fans gathered.', lexicon).map((m) => m.text);
    expect(names).toEqual([]);
  });
});

describe('the place tables', () => {
  it('are built once and shared, frozen so no caller can change them for the others', () => {
    expect(placeVariants()).toBe(placeVariants());
    expect(placeLexicon()).toBe(placeLexicon());
    expect(demonyms()).toBe(demonyms());
    for (const table of [placeVariants(), placeLexicon(), demonyms()]) expect(Object.isFrozen(table)).toBe(true);
    expect(Object.isFrozen(placeVariants()[0])).toBe(true);
    expect(Object.isFrozen(placeLexicon()[0])).toBe(true);
  });
});

describe('the Moon and the planets', () => {
  const lex = compileLexicon(placeLexicon(), demonyms(), placeVariants());
  const typed = (text: string): [string, string][] => findEntities(text, lex).map((m) => [m.text, m.type]);

  it('are places ("back to the Moon", "samples from Mars")', () => {
    expect(typed('The capsule will carry astronauts back to the Moon, and a probe will bring samples from Mars.')).toEqual([
      ['Moon', 'place'],
      ['Mars', 'place'],
    ]);
  });

  it('give way to a clear cue ("President Moon said")', () => {
    expect(typed('President Moon said the talks would go on.')).toEqual([['Moon', 'person']]);
  });
});

describe('the oceans', () => {
  const lex = compileLexicon(placeLexicon(), demonyms(), placeVariants());
  const typed = (text: string): [string, string][] => findEntities(text, lex).map((m) => [m.text, m.type]);

  it('are places, with a compass word too ("above the South Pacific")', () => {
    expect(typed('The capsule docked above the South Pacific and splashed down in the Atlantic.')).toEqual([
      ['South Pacific', 'place'],
      ['Atlantic', 'place'],
    ]);
  });

  it('leave a company named for one whole ("Union Pacific said")', () => {
    expect(typed('The railroad Union Pacific said it would merge.')).toEqual([['Union Pacific', 'org']]);
  });

  it('take in the seas named by their adjective alone ("north to the Mediterranean")', () => {
    expect(typed('The ship began its voyage north to the Mediterranean, officials said.')).toEqual([['Mediterranean', 'place']]);
    expect(typed('Storms hit the Caribbean on Monday.')).toEqual([['Caribbean', 'place']]);
  });

  it('leave a company whose name opens with a sea whole ("Royal Caribbean", "Mediterranean Shipping Company")', () => {
    expect(typed('Royal Caribbean opened a beach club on Monday.')).toEqual([['Royal Caribbean', 'org']]);
    expect(typed('The Mediterranean Shipping Company said it would reroute.')).toEqual([['Mediterranean Shipping Company', 'org']]);
  });
});

describe('peoples of North America', () => {
  const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
  const names = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

  it('leave a town named alone after one to the context ("the council in Pawnee voted")', () => {
    expect(names('The city council in Pawnee voted 4-1 on Tuesday to raise water rates.')).toEqual([['Pawnee', 'place']]);
    expect(names('The fire spread toward Menominee, where 400 residents were evacuated.')).toEqual([['Menominee', 'place']]);
  });

  it('are no names, like demonyms ("Black Hawk, a Sauk leader")', () => {
    expect(names('The club takes its name from Black Hawk, a Sauk leader who fought in the Black Hawk War.')).toEqual([
      ['Black Hawk', 'person'],
      ['Black Hawk War', 'event'],
    ]);
  });

  it('keep their word in a longer name ("Sauk County", "the Navajo Nation", "the Lakota Tribe")', () => {
    expect(names('Flooding hit Sauk County and the Navajo Nation on Monday.')).toEqual([
      ['Sauk County', 'place'],
      ['Navajo Nation', 'org'],
    ]);
    expect(names('Leaders of the Lakota Tribe met on Monday.')).toEqual([['Lakota Tribe', 'org']]);
  });
});
