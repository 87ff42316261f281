import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('whom a person a trade\'s role introduces works for', () => {
  it('types a two-word name after "<role> <person> of" as a body ("Its lawyer, Ann Poe of Baker Botts")', () => {
    expect(typed('Its lawyer, Ann Poe of Baker Botts, said the suit would fail.')).toEqual([
      ['Ann Poe', 'person'],
      ['Baker Botts', 'org'],
    ]);
    expect(typed('The economist Ana Ruiz of Pruitt Lane said rates would fall.')).toEqual([
      ['Ana Ruiz', 'person'],
      ['Pruitt Lane', 'org'],
    ]);
  });

  it('must not change: a home town with no trade\'s role, an office\'s holder, a town and its state are no body', () => {
    // Neither reading types the home town right yet; the rule must only not make it a body.
    expect(typed('John Smith of Cedar Rapids said the river rose.')).not.toContainEqual(['Cedar Rapids', 'org']);
    expect(typed('Mayor Jane Doe of Cedar Rapids said the river rose.')).not.toContainEqual(['Cedar Rapids', 'org']);
    expect(typed('The lawyer Jane Doe of Palm Bay, Fla., said she lost power.')).toEqual([
      ['Jane Doe', 'person'],
      ['Palm Bay', 'place'],
      ['Fla.', 'place'],
    ]);
  });
});
