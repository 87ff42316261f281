import { describe, expect, it } from 'vitest';
import { groupAliases, type AliasGroup } from './aliases';
import { isOwnWordsOf } from './alias-owned-names';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const groupOf = (text: string, alias: string): AliasGroup | undefined =>
  groupAliases(findEntities(text, lexicon), lexicon).find((g) => g.aliases.includes(alias));

describe("a firm's own word between its country and its kind", () => {
  it('is its short form ("China Evergrande Group" … "Evergrande said")', () => {
    const text = 'Shares of China Evergrande Group fell. Evergrande said it would appeal.';
    expect(groupOf(text, 'Evergrande')?.canonical).toBe('China Evergrande Group');
    const other = "Japan Kestrel Holdings cut jobs on Monday. Later, Kestrel's shares fell.";
    expect(groupOf(other, 'Kestrel')?.canonical).toBe('Japan Kestrel Holdings');
  });

  // Must not change: the country alone, the head alone, a name without a place before it.
  it('leaves the country, the head and other firms apart', () => {
    expect(isOwnWordsOf('China', 'China Evergrande Group', lexicon)).toBe(false);
    expect(isOwnWordsOf('Group', 'China Evergrande Group', lexicon)).toBe(false);
    expect(isOwnWordsOf('Evergrande', 'Evergrande Real Estate', lexicon)).toBe(false);
    expect(isOwnWordsOf('Harbor', 'Ana Harbor Group', lexicon)).toBe(false);
    // A word of where alone names a club or a region of its own ("Kitchee beat Eastern").
    expect(groupOf('China Southern Airlines cut fares. Rovers beat Southern 2-0, and Southern fell to sixth.', 'Southern')?.canonical).toBe('Southern');
    expect(groupOf('Shares of China Evergrande Group fell. In China, Ana Ruiz said prices fell.', 'China')?.canonical).toBe('China');
  });
});
