import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Apps are products (docs/annotation-guidelines.md): no type, never marked. Written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const names = (text: string): string[] => findEntities(text, lexicon).map((m) => m.text);

describe('a name before "app"', () => {
  it('is the app’s name, a product, after "the" or a possessive, at every mention', () => {
    // An app's title bar, as a layout fixture has it (tests/e2e/generated-pages.ts).
    expect(names('The Ledger app\nGaza cease-fire: coverage in a scrolling pane')).toEqual(['Gaza']);
    expect(names('Aides used the Signal app to plan the strikes. Signal said it had no access.')).toEqual([]);
    expect(names('Users of Meta’s Threads app rose, Meta said.')).toEqual(['Meta', 'Meta']);
  });

  it('stays a name where the app is its maker’s ("a Hamas app") or the page says nothing of an app', () => {
    expect(names('Hamas launched a Hamas app for supporters in Gaza.')).toContain('Hamas');
    expect(names('The Ledger reported on Monday that talks resumed.')).toContain('Ledger');
  });
});

describe('a name before "rocket" at a sentence start', () => {
  it('is a product after a capital "The" too ("The Starship rocket")', () => {
    expect(names('The Starship rocket flew on Monday, SpaceX said.')).toEqual(['SpaceX']);
  });
});

describe('an aircraft type after its operator', () => {
  it('is a product: "a U.S. Army Black Hawk helicopter" names the Army only', () => {
    expect(names('A jet collided with a U.S. Army Black Hawk helicopter on Wednesday.')).toEqual(['U.S. Army']);
  });

  it('leaves an airline before "jet" its owner, with no body’s head in it', () => {
    expect(names('It hit a Delta Connection jet over the river.')).toContain('Delta Connection');
  });
});

describe('a demonym and a word before an aircraft noun', () => {
  it('is the airline, demonym and all: "an American Eagle jet"', () => {
    expect(names('Two days after an American Eagle jet and an Army helicopter collided, divers searched.')).toEqual(['American Eagle', 'Army']);
  });

  it('leaves a demonym out that only describes the craft or stands before another noun', () => {
    expect(names('An American fighter jet crashed near Norfolk.')).toEqual(['Norfolk']);
    expect(names('An American Eagle pilot spoke to the union.')).toEqual(['Eagle']);
  });
});

describe('a type after an armed service', () => {
  it('is the craft it flies, whatever follows: "The Army Black Hawk that collided" names the Army only', () => {
    expect(names('The Army Black Hawk that collided with the jet was on a training flight.')).toEqual(['Army']);
    expect(names('A Navy Seahawk landed on the deck.')).toEqual(['Navy']);
  });

  it('leaves a body of the service, with its own head or a known name, whole', () => {
    expect(names('The Army Corps of Engineers said the levee held.')).toEqual(['Army Corps of Engineers']);
    expect(names('The Salvation Army Bank opened a branch.')).toEqual(['Salvation Army Bank']);
    expect(names('The Navy SEALs raided the compound.')).toEqual(['Navy SEALs']);
  });
});
