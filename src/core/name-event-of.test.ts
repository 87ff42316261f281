import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Races as sports pages name them; every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('"the X of the Y" before a competition noun', () => {
  it('is one event\'s name ("the Head of the Potomac regatta", "the Tour of the Alps race")', () => {
    expect(typed('Eights from six clubs raced at the Head of the Potomac regatta on Saturday.')).toEqual([['Head of the Potomac', 'event']]);
    expect(typed('He won a stage of the Tour of the Alps race last spring.')).toEqual([['Tour of the Alps', 'event']]);
  });

  it('leaves "of" unjoined without "the" before the name or without the noun after it', () => {
    expect(typed('Supporters of the Bulls rally outside the arena.')).toEqual([['Bulls', 'event']]);
    expect(typed('They sat at the Head of the Potomac table.')).not.toContainEqual(['Head of the Potomac', 'event']);
  });
});

describe('heads of competitions named in the plural', () => {
  it('types "Sprints" and "Relays" as events, and "regatta" after a name', () => {
    expect(typed('The next regatta on the calendar, the Occoquan Sprints, is in May.')).toEqual([['Occoquan Sprints', 'event']]);
    expect(typed('She ran at the Penn Relays in April.')).toEqual([['Penn Relays', 'event']]);
  });

  it('leaves the verb "sprints" alone', () => {
    expect(typed('Usain Bolt sprints to the line.')).toEqual([['Usain Bolt', 'person']]);
  });
});
