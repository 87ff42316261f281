import { describe, expect, it } from 'vitest';
import { compileLexicon, findDescriptions, findEntities } from './entities';
import { demonyms, placeLexicon } from './places';

const lexicon = compileLexicon(placeLexicon(), demonyms());

/** name → description for every described mention of `text`. */
function described(text: string): Map<string, string> {
  const mentions = findEntities(text, lexicon);
  const out = new Map<string, string>();
  for (const [i, d] of findDescriptions(text, mentions)) out.set(mentions[i]?.canonical ?? '', d);
  return out;
}

describe('findDescriptions', () => {
  it('reads an apposition after the name', () => {
    expect(described('Bezalel Smotrich, Israel’s finance minister, has threatened to quit.').get('Bezalel Smotrich')).toBe(
      'Israel’s finance minister',
    );
    expect(described('Troops entered Jenin, a city in the northern West Bank, on Tuesday.').get('Jenin')).toBe(
      'a city in the northern West Bank',
    );
  });
  it('reads a title before the name', () => {
    const d = described('Israeli Prime Minister Benjamin Netanyahu met National Security Advisor Mike Waltz.');
    expect(d.get('Benjamin Netanyahu')).toBe('Israeli Prime Minister');
    expect(d.get('Mike Waltz')).toBe('National Security Advisor');
  });
  it('reads a lower-case role before the name', () => {
    expect(described('The deal angered finance minister Bezalel Smotrich last week.').get('Bezalel Smotrich')).toBe('finance minister');
  });
  it('reads an apposition before the name', () => {
    const text = 'Trump spoke. His administration\'s Middle East envoy, Steve Witkoff, conveyed a hopeful outlook.';
    expect(described(text).get('Steve Witkoff')).toBe('administration\'s Middle East envoy');
  });
  it('does not read relative clauses, lists or the next sentence as descriptions', () => {
    const d = described('Netanyahu, who arrived in Washington, spoke. Aid reached Gaza, the West Bank and Lebanon. Israel. President Trump left.');
    expect(d.has('Netanyahu')).toBe(false);
    expect(d.has('Gaza')).toBe(false);
    expect(d.get('Trump')).toBe('President');
  });
});
