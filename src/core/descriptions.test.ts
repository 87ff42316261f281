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
    expect(described(text).get('Steve Witkoff')).toBe('Middle East envoy');
  });
  it('keeps an owner with its article, and never leaves an owner without one', () => {
    const the = 'Talks resumed. The Trump administration’s Middle East envoy, Steve Witkoff, flew in.';
    expect(described(the).get('Steve Witkoff')).toBe('Trump administration’s Middle East envoy');
    const bare = 'Talks resumed. The administration’s Middle East envoy, Steve Witkoff, flew in.';
    expect(described(bare).get('Steve Witkoff')).toBe('the administration’s Middle East envoy');
    expect(described('Trump spoke with Steve Witkoff, his administration’s envoy, on Friday.').get('Steve Witkoff')).toBe('envoy');
    expect(described('Trump spoke with Susie Wiles, his chief of staff, on Friday.').get('Susie Wiles')).toBe('his chief of staff');
  });
  it('does not read relative clauses, lists or the next sentence as descriptions', () => {
    const d = described('Netanyahu, who arrived in Washington, spoke. Aid reached Gaza, the West Bank and Lebanon. Israel. President Trump left.');
    expect(d.has('Netanyahu')).toBe(false);
    expect(d.has('Gaza')).toBe(false);
    expect(d.get('Trump')).toBe('President');
  });
});

describe('a description on its name’s line', () => {
  it('reads no role, apposition or title across a line break', () => {
    expect(described('She met finance minister Bezalel Smotrich.').get('Bezalel Smotrich')).toBe('finance minister');
    expect(described('A talk with the finance minister\nBezalel Smotrich spoke first.').get('Bezalel Smotrich')).toBeUndefined();
    expect(described('Talks ended. The Middle East\nenvoy, Steve Witkoff, left.').get('Steve Witkoff')).toBeUndefined();
    expect(described('Talks ended. The Middle East envoy, Steve Witkoff, left.').get('Steve Witkoff')).toBe('Middle East envoy');
  });
});
