import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { monthOpensEvent } from './name-month-events';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): string[] => findEntities(text, lexicon).map((m) => `${m.text}:${m.type}`);

describe('an event named for its month', () => {
  it('keeps the month in the name ("the March Uprising", "the June Complex")', () => {
    expect(typed('Veterans of the March Uprising marched in Vilnius.')).toEqual(['March Uprising:event', 'Vilnius:place']);
    expect(typed('The June Complex has burned 40,000 acres.')).toEqual(['June Complex:event']);
  });

  it('must not change: a month before another capitalised word is a date', () => {
    expect(monthOpensEvent('October', ' Talks resumed')).toBe(false);
    expect(monthOpensEvent('Monday', ' Revolution')).toBe(false);
    expect(monthOpensEvent('October', ' Revolutionary Guards')).toBe(false);
  });

  it('must not change: a head with a capitalised word after it names a body or a title, not the event', () => {
    expect(typed('In April Crisis Group said the talks had stalled.')).toEqual(['Crisis Group:org']);
    expect(monthOpensEvent('June', ' War Minister Lena Roth')).toBe(false);
    expect(monthOpensEvent('June', ' War, the historian said')).toBe(true);
  });
});
