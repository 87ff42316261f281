import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { firesVerbAfter } from './name-fires-verb';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typeOf = (text: string, name: string): string | undefined => findEntities(text, lexicon).find((m) => m.text === name)?.type;

describe('"fires" after a name as a verb', () => {
  it('casts no vote for an event ("Lena Roth fires her campaign manager")', () => {
    expect(typeOf('Lena Roth fires her campaign manager.', 'Lena Roth')).toBe('person');
    expect(typeOf('Tom Kessler fires 900 workers at the mill.', 'Tom Kessler')).toBe('person');
    expect(firesVerbAfter(' fires rockets at Haifa')).toBe(true);
    expect(firesVerbAfter(' fires its finance chief')).toBe(true);
    expect(firesVerbAfter(' fires 200 workers')).toBe(true);
  });

  it('must not change: the plural noun names an event ("the Velmora fires")', () => {
    expect(typeOf('Smoke from the Velmora fires drifted east.', 'Velmora')).toBe('event');
    expect(firesVerbAfter(' fires burned for a week')).toBe(false);
    expect(firesVerbAfter(' fires across the region')).toBe(false);
    expect(firesVerbAfter(' fires, officials said')).toBe(false);
  });
});
