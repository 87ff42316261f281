import { describe, expect, it } from 'vitest';
import { lexicon as places, nonNames } from '../../tests/support/seed-knowledge';
import { compileLexicon, findEntities } from './entities';
import { buildKnowledge } from './knowledge';
import { demonyms, placeLexicon, placeVariants } from './places';
import type { Article } from './types';

// The leading words of an organisation's longer name as its short form (mention-types.ts,
// aliases.ts). Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const named = (text: string): [string, string, string][] =>
  findEntities(text, lexicon).map((m) => [m.text, m.type, m.canonical]);

describe('the leading words of an organisation the page names in full', () => {
  it('are its short form, named by it ("Cascade Ridge Bancorp … Cascade Ridge expects")', () => {
    expect(named('Cascade Ridge Bancorp said its profit rose. Cascade Ridge expects to open four branches.')).toEqual([
      ['Cascade Ridge Bancorp', 'org', 'Cascade Ridge Bancorp'],
      ['Cascade Ridge', 'org', 'Cascade Ridge Bancorp'],
    ]);
  });

  it('stay a person\'s name where the body is named after them and no cue decides ("Walt Disney Company … Walt Disney")', () => {
    expect(named('The Sahra Wagenknecht Alliance won seats in Thuringia. Sahra Wagenknecht celebrated in Berlin.')[2]).toEqual([
      'Sahra Wagenknecht',
      'person',
      'Sahra Wagenknecht',
    ]);
    expect(named('The Walt Disney Company posted a loss. Walt Disney opened his first park in 1955.')).toEqual([
      ['Walt Disney Company', 'org', 'Walt Disney Company'],
      ['Walt Disney', 'person', 'Walt Disney'],
    ]);
    expect(named('The John Lewis Partnership cut jobs. John Lewis, the congressman, died in 2020.')[1]).toEqual([
      'John Lewis',
      'person',
      'John Lewis',
    ]);
  });

  it('stay a person\'s name where the context says so ("… said she"), and a name with its own head stays itself', () => {
    expect(named('The Sahra Wagenknecht Alliance lost. Sahra Wagenknecht said she would appeal.')).toEqual([
      ['Sahra Wagenknecht Alliance', 'org', 'Sahra Wagenknecht Alliance'],
      ['Sahra Wagenknecht', 'person', 'Sahra Wagenknecht'],
    ]);
    expect(named('HSBC bought Silicon Valley Bank UK. Silicon Valley Bank had failed.').slice(1)).toEqual([
      ['Silicon Valley Bank UK', 'org', 'Silicon Valley Bank UK'],
      ['Silicon Valley Bank', 'org', 'Silicon Valley Bank'],
    ]);
  });

  it('are stored as one entity with the full name', () => {
    const article: Article = {
      id: 'fc-1',
      title: 'First Citizens buys the bank',
      source: 'Test Wire',
      url: null,
      date: '2023-03-27',
      language: 'en',
      paragraphs: ['The agency sold the bank to First Citizens BancShares on Monday. Shares of First Citizens rose 54%.'],
    };
    const stored = buildKnowledge([article], { lexicon: places, nonNames }).entities.filter((e) => e.name.startsWith('First'));
    expect(stored.map((e) => [e.name, e.type, e.aliases.includes('First Citizens')])).toEqual([
      ['First Citizens BancShares', 'org', true],
    ]);
  });
});

describe('an acronym that opens one name and spells another', () => {
  it('is the name it spells ("Harbor Point Bank … HPB", beside "HPB Holdings")', () => {
    const text = 'HPB Holdings owns Harbor Point Bank. Customers of Harbor Point Bank queued, and HPB closed at noon.';
    expect(named(text).filter(([t]) => t === 'HPB')).toEqual([['HPB', 'org', 'HPB']]);
  });

  it('is still the short form of the name it opens where it spells none ("Meta Platforms … Meta")', () => {
    const text = 'HPB Holdings owns a bank in Ohio. Customers queued, and HPB closed at noon.';
    expect(named(text).filter(([t]) => t === 'HPB')).toEqual([['HPB', 'org', 'HPB Holdings']]);
  });
});
