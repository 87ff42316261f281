import { describe, expect, it } from 'vitest';
import { PEOPLE_OF_KINDS, peopleOfKinds } from './measure-people-lists';
import { figureIn as figure, verdictAgainst } from './figure-test-kit';

// Every sentence is written for this test.
const kinds = (sentence: string, text: string): string | null => peopleOfKinds(sentence, figure(sentence, text));
const verdict = verdictAgainst;

describe('a count of several kinds of people', () => {
  it('reads a list of kinds of people as people in general', () => {
    expect(kinds('About 41,000 delegates, observers and journalists registered for the congress.', 'About 41,000 delegates')).toBe(PEOPLE_OF_KINDS);
    expect(kinds('Some 8,000 fans and volunteers lined the route.', 'Some 8,000 fans')).toBe(PEOPLE_OF_KINDS);
    const stored = 'About 41,000 delegates, observers and journalists registered for the congress.';
    expect(verdict(stored, 'About 41,000 delegates', 'About 41,000 people registered for the congress.', 'About 41,000 people')).toBe('agrees');
  });

  it('leaves one kind alone, and a list of things', () => {
    expect(kinds('About 41,000 delegates registered for the congress.', 'About 41,000 delegates')).toBeNull();
    expect(kinds('About 400 trucks, cars and buses crossed the bridge.', 'About 400 trucks')).toBeNull();
    // A second noun that opens a clause of its own is no kind of the count's.
    expect(kinds('The union has 40,000 members, and officials said the strike would go on.', '40,000 members')).toBeNull();
    expect(kinds('The stadium holds 40,000 fans and officials expect a sellout.', '40,000 fans')).toBeNull();
    expect(verdict('About 40,000 people marched.', 'About 40,000 people', 'The stadium holds 40,000 fans and officials expect a sellout.', '40,000 fans')).toBeUndefined();
    // Visitors to a fair are not the congress's delegates and observers.
    const stored = 'About 41,000 delegates, observers and journalists registered for the congress.';
    expect(verdict(stored, 'About 41,000 delegates', 'About 41,000 visitors registered for the congress.', 'About 41,000 visitors')).toBeUndefined();
  });
});
