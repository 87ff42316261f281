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

  it('must not change: a home town ending in a town\'s word, after a trade\'s role too ("lawyer … of Grand Rapids")', () => {
    // Not typed as towns yet either; the rule must only not make them bodies.
    expect(typed('The lawyer Ana Ruiz of Grand Rapids said the suit failed.')).not.toContainEqual(['Grand Rapids', 'org']);
    expect(typed('The analyst Tom Reed of Mountain View said home prices rose.')).not.toContainEqual(['Mountain View', 'org']);
    expect(typed('Her partner, Tom Reed of Bay Ridge, said the fire spread fast.')).not.toContainEqual(['Bay Ridge', 'org']);
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
