import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { gaugeVote } from './name-river-gauges';

// Every sentence is written for this test; the names are made up.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a name where a river’s rise or level is read', () => {
  it('is a place, the gauge’s town', () => {
    expect(typed('The river rose by more than 5 metres at Pelzbach overnight.')).toContainEqual(['Pelzbach', 'place']);
    expect(typed('The river peaked at 9 metres at Pelzbach on Tuesday.')).toContainEqual(['Pelzbach', 'place']);
    expect(typed('The water level of the river at Pelzbach fell to a record low.')).toContainEqual(['Pelzbach', 'place']);
  });

  it('leaves "at" without a river’s height or level as it was', () => {
    expect(typed('Analysts at Pelzbach said the shares rose.')).toEqual([['Pelzbach', 'org']]);
    expect(gaugeVote('shares rose by 5% at ')).toBe(0);
    expect(gaugeVote('the level of debt at ')).toBe(0);
    expect(gaugeVote('rose by 2 metres at ')).toBe(3);
  });

  it('reads a bare "m" as metres only beside a word of water: "2m" is as often a million', () => {
    expect(typed('Subscribers rose by 2m at Pelzbach in the quarter.')).toEqual([['Pelzbach', 'org']]);
    expect(gaugeVote('Passenger numbers rose by 5m at ')).toBe(0);
    expect(gaugeVote('The Orvel rose by 7m at ')).toBe(3);
    expect(gaugeVote('The water rose by 2.5m at ')).toBe(3);
  });
});
