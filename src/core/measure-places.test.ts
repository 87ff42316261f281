import { describe, expect, it } from 'vitest';
import { measureIn, storedFacts, verdict } from '../../tests/support/stored-figures';
import { placesIn, struckPlaces } from './measure-places';

describe('placesIn', () => {
  it('takes capitalised names after prepositions of place', () => {
    expect(placesIn('strikes in Gaza and raids across the occupied West Bank')).toEqual(['gaza', 'west bank']);
    expect(placesIn('in the Jenin area')).toEqual(['jenin']);
    expect(placesIn("fighting in Lebanon's south")).toEqual(['lebanon']);
  });
  it('skips months, weekdays, titles, actors and demonym adjectives', () => {
    expect(placesIn('in January, on Monday, at President Trump’s request')).toEqual([]);
    expect(placesIn('Israel reported that Hamas fired')).toEqual([]);
    expect(placesIn('in Palestinian areas')).toEqual([]);
  });
  it('takes the place of a preposition that opens the sentence: "In Mexico, cases rose …"', () => {
    expect(placesIn('In Mexico, cases rose to 2,900')).toEqual(['mexico']);
    expect(placesIn('Deaths rose. At Gaines County’s clinic, 12 were treated')).toEqual(['gaines county']);
    expect(placesIn('WASHINGTON — In the Americas, 7,132 cases')).toEqual(['americas']);
  });
  it('does not read a capital "In" inside a sentence as a preposition', () => {
    expect(placesIn('the film Made In America sold 2,000 tickets')).toEqual([]);
    expect(placesIn('In March, 12 died')).toEqual([]);
  });
});

describe('where a plural noun came from', () => {
  it('is no place of the figures of another clause', () => {
    const s = 'Rescue teams from China and India pulled two survivors from a block on Wednesday, as the government said 3,085 people had been killed.';
    expect(placesIn(s)).toContain('china');
    expect(placesIn(s, false)).toEqual([]);
    expect(measureIn(s, '3,085 people')).not.toContain('china');
  });
  it('is a place of the figure whose own clause says it', () => {
    expect(measureIn('Israel freed 1,900 prisoners from the West Bank.', '1,900 prisoners')).toContain('west bank');
  });
});

describe('a place a disaster struck', () => {
  it('is one of the places of the sentence’s figures, beside those after a preposition', () => {
    const s = 'MANDALAY, Myanmar — A magnitude 7.7 earthquake struck central Myanmar on Friday, March 28, killing at least 1,002 people, as rescuers dug through collapsed buildings in Mandalay.';
    expect(measureIn(s, 'March 28')).toEqual(expect.arrayContaining(['myanmar', 'mandalay']));
  });
  it('makes a day of the event in the country it struck the stored day', () => {
    const stored = storedFacts('2025-03-29', 'A magnitude 7.7 earthquake struck central Myanmar on Friday, March 28, killing at least 1,002 people, as rescuers dug through collapsed buildings in Mandalay.');
    expect(verdict(stored, 'The death toll from the March 28 earthquake in Myanmar rose to 3,564 on Thursday.', 'March 28')).toEqual(['agrees', 'same date']);
  });
});

describe('where a speaker spoke', () => {
  it('is not a place of what they speak of', () => {
    expect(placesIn('Mori told reporters in Tokyo that the company would spend $1.4 billion on the plants.')).toEqual([]);
    expect(placesIn('The minister said in Washington that the fund held $3 billion.')).toEqual([]);
    expect(placesIn('The chief, speaking at a news conference in Geneva, put the toll at 50.')).toEqual([]);
  });
  it('while a place of what happened stays, said after a speech verb or not', () => {
    expect(placesIn('Officials said people died in Gaza.')).toEqual(['gaza']);
    expect(placesIn('Mori told reporters the company would build a mill in Indiana.')).toEqual(['indiana']);
  });
  it('lets a restated pledge meet the stored one, whatever the stored one names after "in"', () => {
    const stored = storedFacts('2025-01-03', "Nippon Steel had offered to invest about $2.7 billion in U.S. Steel's union plants.");
    const page = 'Takahiro Mori told reporters in Tokyo that the company would spend $1.4 billion on the union plants.';
    expect(verdict(stored, page, '$1.4 billion')?.[0]).toBe('differs');
  });
});

describe('a name that owns the noun after it', () => {
  it('is no place unless the gazetteer knows it or its form says so', () => {
    expect(placesIn("would spend $1.4 billion in U.S. Steel's union plants")).toEqual([]);
    expect(placesIn("in the Justice Department's parallel case")).toEqual([]);
    // Near cases: a known place, and a name whose form is a place's, still place what they own.
    expect(placesIn("in Gaza's hospitals")).toEqual(['gaza']);
    expect(placesIn('in Sierra Leone’s capital')).toEqual(['sierra leone']);
    expect(placesIn('At Gaines County’s clinic, 12 were treated')).toEqual(['gaines county']);
    expect(placesIn("jobs in U.S. Steel's plants in Pennsylvania")).toEqual(['pennsylvania']);
  });
  it('so a pledge stored for a company’s plants is not set apart from one placed in a state', () => {
    const stored = storedFacts('2025-01-03', "Nippon Steel said it would invest $1.4 billion in U.S. Steel's union plants.");
    expect(verdict(stored, 'Nippon Steel will invest $1.4 billion in Pennsylvania, it said.', '$1.4 billion')?.[0]).toBe('agrees');
  });
});

describe('a place after its preposition or its disaster', () => {
  it('is named on their line: a line that ends in "in" or "struck" places no heading', () => {
    expect(placesIn('strikes in Gaza')).toEqual(['gaza']);
    expect(placesIn('strikes in\nGaza City Council met')).toEqual([]);
    expect(placesIn('strikes in Gaza\nCity Council met')).toEqual(['gaza']);
    expect(struckPlaces('the quake struck central Myanmar')).toEqual(['myanmar']);
    expect(struckPlaces('the quake struck\nMyanmar Airways said')).toEqual([]);
  });
});
