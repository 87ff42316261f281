import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a surname that is a holiday\'s head', () => {
  it('is a person\'s where a verb of speech or a person\'s apposition follows ("Justin Day said")', () => {
    expect(typed('Justin Day said the plan would work.')).toEqual([['Justin Day', 'person']]);
    expect(typed('Justin Day, the mayor, said the plan would work.')).toEqual([['Justin Day', 'person']]);
    expect(typed('Chris Fair said prices rose.')).toEqual([['Chris Fair', 'person']]);
  });

  it('must not change: holidays, and a fair after an article that speaks', () => {
    expect(typed('Memorial Day marked the start of summer.')).toEqual([['Memorial Day', 'event']]);
    expect(typed('Earth Day, the annual event, drew crowds.')).toEqual([['Earth Day', 'event']]);
    expect(typed('The State Fair said attendance rose.').map(([, t]) => t)).not.toContain('person');
  });

  it('must not change: a fair named for the place that holds it, which speaks through its organisers', () => {
    expect(typed('Hannover Fair said orders rose.')).toEqual([['Hannover Fair', 'event']]);
    expect(typed('Guangzhou Fair said exports rose.')).toEqual([['Guangzhou Fair', 'event']]);
    // A place's name before "Day" may be a given name; an apposition naming a person still wins.
    expect(typed('Jordan Day said he would run.')).toEqual([['Jordan Day', 'person']]);
    expect(typed('Dallas Fair, the state senator, said the bill failed.')).toEqual([['Dallas Fair', 'person']]);
  });
});
