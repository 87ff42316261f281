import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { withChannels } from './name-channels';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a country and a channel’s number', () => {
  it('is a broadcaster where it airs, reports or is watched on ("France 2 aired", "on France 24")', () => {
    expect(typed('France 2 aired the interview on Sunday.')).toEqual([['France 2', 'org']]);
    expect(typed('About 20 million viewers watched on France 24, the largest audience this year.')).toEqual([['France 24', 'org']]);
    expect(typed('The minister told France 24 on Monday that talks would resume.')).toEqual([['France 24', 'org']]);
  });

  it('leaves a score and a count the country alone ("France beat Spain 2-1", "France 2, Spain 1", "beat France 24-17")', () => {
    expect(typed('France beat Spain 2-1 on Sunday.')).toEqual([
      ['France', 'place'],
      ['Spain', 'place'],
    ]);
    expect(typed('At half-time it was France 2, Spain 1.')).toEqual([
      ['France', 'place'],
      ['Spain', 'place'],
    ]);
    expect(typed('Ireland beat France 24-17 in Dublin.').map(([t]) => t)).toEqual(['Ireland', 'France', 'Dublin']);
    expect(typed('Medals went on France 2 days later.').map(([t]) => t)).toEqual(['France']);
    expect(typed('Spain lost to France 2 to 1.').map(([t]) => t)).toEqual(['Spain', 'France']);
    // A unit or a percentage counted after "to", "on" or "with" is no channel's number.
    expect(typed('Exports to China 3 percent higher were reported.').map(([t]) => t)).toEqual(['China']);
    expect(typed('He moved to Spain 1 year ago.').map(([t]) => t)).toEqual(['Spain']);
    expect(typed('Level with France 1 point ahead, Italy pressed.').map(([t]) => t)).toEqual(['France', 'Italy']);
    expect(typed('Tariffs on Mexico 25% higher would hurt, she said.').map(([t]) => t)).toEqual(['Mexico']);
  });

  it('leaves a city and a number alone ("Paris 2 aired")', () => {
    expect(typed('Lyon 2 said the match was off.').map(([t]) => t)).toEqual(['Lyon']);
  });
});

describe('withChannels', () => {
  const channels = (text: string): string[] => withChannels([], text, (c) => c === 'France').map((a) => a.name);
  it('reads the words around the channel on its line', () => {
    expect(channels('The interview on France 2 ended late.')).toEqual(['France 2']);
    expect(channels('The interview on\nFrance 2 ended late.')).toEqual([]);
    expect(channels('Results for France 2\nreported nothing.')).toEqual([]);
    expect(channels('She spoke on France 2\n% of the time.')).toEqual(['France 2']);
  });
});
