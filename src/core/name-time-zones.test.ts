import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { timeZoneAfterClock } from './name-time-zones';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);
const zoneAt = (text: string, zone: string): boolean => {
  const start = text.indexOf(zone);
  return timeZoneAfterClock(text, start, start + zone.length);
};

describe('a time zone after a clock time', () => {
  it('is no name ("04:09 UTC", "8 p.m. EDT", "noon GMT")', () => {
    expect(typed('The patch went out at 04:09 UTC and was pulled at 05:27 UTC.')).toEqual([]);
    expect(typed('The polls close at 8 p.m. EDT in Ohio.')).toEqual([['Ohio', 'place']]);
    expect(typed('By noon GMT the storm had passed.')).toEqual([]);
  });

  it('is no name before a weekday or a month ("at 9:30 ET Monday")', () => {
    expect(typed('The market opened at 9:30 ET Monday after the holiday.')).toEqual([]);
    expect(typed('The fix shipped at 04:09 UTC Friday, July 19.')).toEqual([]);
    expect(zoneAt('At 7 p.m. ET Today reported the fire.', 'ET')).toBe(false);
  });

  it('must not change: a body after a time, a zone\'s letters with no time, a longer name', () => {
    expect(typed('At 9 a.m. CNN reported the fire.')).toEqual([['CNN', 'org']]);
    expect(typed('He watched the 10:30 BBC bulletin.')).toEqual([['BBC', 'org']]);
    expect(typed('At 5 p.m. CT Corp said it would merge.')).toEqual([['CT Corp', 'org']]);
    expect(zoneAt('Shares of UTC fell at the open.', 'UTC')).toBe(false);
  });

  it('reads only a zone\'s letters right after the time', () => {
    expect(zoneAt('at 9:30 ET on Monday', 'ET')).toBe(true);
    expect(zoneAt('at 9:30 NYSE traders', 'NYSE')).toBe(false);
  });
});
