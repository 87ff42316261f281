import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { appositionType } from './apposition';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const found = (text: string): string[] => findEntities(text, lexicon).map((m) => `${m.text}:${m.type}`);

describe('a producer of a commodity in an apposition', () => {
  it('is a company, and names a sentence\'s opening word', () => {
    expect(appositionType(', one of the largest power producers in the state, said')).toBe('org');
    expect(appositionType(', the fertilizer producer, said')).toBe('org');
    expect(found('DALLAS — Corvane, one of the largest power producers in the state, said it lost money.')).toEqual(['DALLAS:place', 'Corvane:org']);
  });

  it('is a company when a mined commodity is four words in ("Perth, the world\'s biggest iron ore producer")', () => {
    expect(appositionType(', the world\'s biggest iron ore producer, said')).toBe('org');
    expect(appositionType(', the largest lithium producer, said')).toBe('org');
    // A town's name retyped as the firm named for it.
    expect(found('Perth, the world\'s biggest iron ore producer, said output would rise.')).toEqual(['Perth:org']);
  });

  it('must not change: a producer of films or shows is a person\'s role, a producer alone says nothing', () => {
    expect(appositionType(', a film producer, said')).not.toBe('org');
    expect(appositionType(', the show\'s executive producer, said')).not.toBe('org');
    expect(appositionType(', a producer, said')).not.toBe('org');
  });
});
