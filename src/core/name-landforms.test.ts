import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a mountain’s feature named as a place', () => {
  it('is a place ("below the Hillary Step", "the Khumbu Icefall", "the Norton Couloir")', () => {
    expect(typed('Queues formed below the Hillary Step on the busiest days.')).toEqual([['Hillary Step', 'place']]);
    expect(typed('Climbers crossed the Khumbu Icefall at dawn and skied the Norton Couloir.')).toEqual([
      ['Khumbu Icefall', 'place'],
      ['Norton Couloir', 'place'],
    ]);
  });

  it('gives way to a body’s clear cues ("The charity Next Step said it")', () => {
    expect(typed('The charity Next Step said it would help.')).toEqual([['Next Step', 'org']]);
    // A body's or a scheme's noun after the name: the name qualifies it.
    expect(typed('The Next Step charity said it would help.')).toEqual([['Next Step', 'org']]);
    expect(typed('He took the First Step program at Yale.')).toContainEqual(['First Step', 'org']);
  });
});

describe('a coast’s point named as a place', () => {
  it('is a place ("a scrapyard at Sparrows Point", "Hunts Point")', () => {
    expect(typed('The steel was taken by barge to a scrapyard at Sparrows Point.')).toEqual([['Sparrows Point', 'place']]);
    expect(typed('Traders at the market in Hunts Point opened early.')).toEqual([['Hunts Point', 'place']]);
  });

  it('gives way to a body’s clear cues ("Check Point said it", "the Turning Point group")', () => {
    expect(typed('Check Point said it would buy the startup.')).toEqual([['Check Point', 'org']]);
    expect(typed('The Turning Point group said it would hold a rally.')).toEqual([['Turning Point', 'org']]);
  });
});
