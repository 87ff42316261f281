import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';
import { whenClauseTopic } from './measure-when-clauses';
import { figureIn } from './figure-test-kit';

describe('a date with “, when …” after it', () => {
  it('is the date of the event the clause names', () => {
    const s = 'The crew has been cut off since March 3, when a collapse of the tunnel roof blocked the exit.';
    expect(whenClauseTopic(s, figureIn(s, 'March 3'))).toBe('collapse');
    const t = 'Schools have stayed shut since March 3, when a powerful earthquake struck.';
    expect(whenClauseTopic(t, figureIn(t, 'March 3'))).toBe('disaster'); // the lexicon's lemma for a quake
  });

  it('says nothing of a date without one, or of a clause that names no event', () => {
    const s = 'The crew has been cut off since March 3.';
    expect(whenClauseTopic(s, figureIn(s, 'March 3'))).toBeNull();
    const t = 'Work stopped on March 3, when the manager left.';
    expect(whenClauseTopic(t, figureIn(t, 'March 3'))).toBeNull();
  });

  it('lets the stored date meet the page’s date of that event', () => {
    const stored = storedFacts('2019-03-20', 'The seven workers have been cut off since March 3, when a collapse of the tunnel roof blocked the exit.');
    expect(verdict(stored, 'The company has not paid its staff since the collapse on March 3.', 'March 3')?.[0]).toBe('agrees');
    expect(verdict(stored, 'The company has not paid its staff since the collapse on March 4.', 'March 4')?.[0]).toBe('differs');
  });
});
