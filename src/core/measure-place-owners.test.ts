import { describe, expect, it } from 'vitest';
import { measureIn, storedFacts, verdict } from '../../tests/support/stored-figures';
import { placesIn, struckPlaces } from './measure-places';

describe('a known place that owns a name', () => {
  it('holds that name, and the figure is there', () => {
    expect(placesIn("killed 144 people in Myanmar's Sagaing region")).toEqual(['sagaing']);
    expect(placesIn("fighting in Ukraine's Donetsk region")).toEqual(['donetsk']);
    expect(placesIn("in Gaza's Jabalia camp")).toEqual(['jabalia']);
    expect(placesIn("in Mandalay's Chanayethazan township")).toEqual(['chanayethazan']);
    expect(struckPlaces("The quake struck Myanmar's Sagaing region on Friday")).toEqual(['sagaing']);
    expect(measureIn("The quake killed 144 people in Myanmar's Sagaing region.", '144 people')).toContain('sagaing');
  });
  it('is the place itself where what it owns is no place', () => {
    expect(placesIn("the vote in Israel's Knesset on Monday")).toEqual(['israel']);
    // Near cases: a body's possessive and a place owning a common noun, as before.
    expect(placesIn("in U.S. Steel's union plants")).toEqual([]);
    expect(placesIn("in Gaza's hospitals")).toEqual(['gaza']);
    expect(placesIn('in Sierra Leone’s capital')).toEqual(['sierra leone']);
  });
  it('is the site a company owns, not the company', () => {
    expect(placesIn("in U.S. Steel's Gary Works plant")).toEqual(['gary works']);
    expect(placesIn('in the Gary Works plant')).toEqual(['gary works']);
    // Near case: a body that is no company keeps the run as it was.
    expect(placesIn("in the Justice Department's Antitrust Division")).toEqual(["justice department's antitrust division"]);
  });
  it('so a toll of one region is not set against another region’s of the same country', () => {
    const stored = storedFacts('2025-03-29', "At least 144 people were killed in Myanmar's Sagaing region, officials said.");
    expect(verdict(stored, "At least 150 people were killed in Myanmar's Mandalay region, officials said.", 'At least 150 people')).toBeNull();
    // Near cases: the region said alone, at the same toll and at a later one.
    expect(verdict(stored, 'In Sagaing, at least 144 people were killed, officials said.', 'at least 144 people')?.[0]).toBe('agrees');
    expect(verdict(stored, 'In Sagaing, at least 150 people were killed, officials said.', 'at least 150 people')?.[0]).toBe('differs');
  });
});
